// One pass over the bytes; spaces are emitted lazily so runs collapse and the
// ends trim without a second pass.
#include "store/entity_key.h"

namespace readout::store {

std::string EntityKey(std::string_view name) {
  std::string out;
  EntityKeyTo(name, &out);
  return out;
}

void EntityKeyTo(std::string_view name, std::string* key) {
  std::string& out = *key;
  out.clear();
  out.reserve(name.size());
  bool pending_space = false;
  auto emit = [&](char c) {
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  };
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
        static_cast<unsigned char>(name[i + 2]) == 0x99) {  // U+2019 RIGHT SINGLE QUOTATION MARK
      emit('\'');
      i += 2;
    } else if (c >= 0x80) {
      emit(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      emit(static_cast<char>(c + 32));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '\'') {
      emit(static_cast<char>(c));
    } else if (c == '.') {
      // dropped: "U.S." == "US"
    } else {
      pending_space = true;
    }
  }
}

}  // namespace readout::store
