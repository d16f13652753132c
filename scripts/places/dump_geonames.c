/* Prints every city libgeonames knows as tab-separated lines:
 * name, ISO 3166-1 alpha-2 country, first-level region, latitude, longitude,
 * population. Used by gen_cities.sh; not part of the readout build. */
#include <geonames/geonames.h>
#include <stdio.h>

int main(void) {
  int n = geonames_get_n_cities();
  for (int i = 0; i < n; ++i) {
    GeonamesCity *c = geonames_get_city(i);
    printf("%s\t%s\t%s\t%.4f\t%.4f\t%u\n", geonames_city_get_name(c),
           geonames_city_get_country_code(c), geonames_city_get_state(c),
           geonames_city_get_latitude(c), geonames_city_get_longitude(c),
           geonames_city_get_population(c));
    geonames_city_free(c);
  }
  return 0;
}
