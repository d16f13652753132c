// Unknown words. The shape decides first: numbers are CD, capitalised words
// inside a sentence are proper nouns, hyphenated words lean to JJ. Otherwise
// the suffix decides: for each suffix of up to kMaxSuffix letters we keep the
// tag frequencies of the lexicon's rare words ending in it, and P(tag | word)
// is TnT's recursive interpolation from the empty suffix to the longest known
// one, each step P = (P_ml + theta * P_shorter) / (1 + theta). The emission
// score is then P(tag | suffix) / P(tag), by Bayes up to a constant per token.
#include "text/unknown_words.h"

#include <algorithm>
#include <cmath>

namespace readout::text {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

WordShape ShapeOf(std::string_view word, bool sentence_initial) {
  WordShape s;
  s.sentence_initial = sentence_initial;
  // Non-ASCII letters (UTF-8 lead bytes) count as letters; a word starting
  // with one is judged by its first ASCII letter instead.
  int upper = 0, lower = 0;
  size_t last_hyphen = std::string_view::npos;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (IsUpper(c)) ++upper;
    else if (IsLower(c)) ++lower;
    else if (IsDigit(c)) s.has_digit = true;
    else if (c == '-' && i > 0 && i + 1 < word.size()) last_hyphen = i;
    if (static_cast<unsigned char>(c) >= 0xC0) ++lower;  // unknown case: assume lower
  }
  s.has_letter = upper + lower > 0;
  for (char c : word) {
    if (IsUpper(c)) { s.capitalized = true; break; }
    if (IsLower(c) || IsDigit(c)) break;
  }
  s.all_caps = upper >= 2 && lower == 0;
  if (last_hyphen != std::string_view::npos) {
    s.hyphenated = true;
    char c = word[last_hyphen + 1];
    s.last_part_lower = IsLower(c);
  }
  return s;
}

UnknownWordModel::UnknownWordModel(std::vector<double> tag_counts, std::vector<bool> open_class,
                                   OpenTags tags)
    : tag_counts_(std::move(tag_counts)), open_(std::move(open_class)), tags_(tags) {
  const size_t n = tag_counts_.size();
  double total = 0;
  for (double c : tag_counts_) total += c;
  log_prior_.resize(n);
  double mean = 1.0 / static_cast<double>(n), var = 0;
  for (size_t t = 0; t < n; ++t) {
    double p = std::max(tag_counts_[t], 1.0) / total;
    log_prior_[t] = std::log(p);
    var += (p - mean) * (p - mean);
  }
  theta_ = std::sqrt(var / static_cast<double>(n - 1));
  // The open-class prior every suffix walk starts from.
  double open_total = 0;
  for (size_t t = 0; t < n; ++t) {
    if (open_[t]) open_total += tag_counts_[t];
  }
  open_prior_.resize(n);
  for (size_t t = 0; t < n; ++t) open_prior_[t] = open_[t] ? tag_counts_[t] / open_total : 0.0;
  open_index_.assign(n, -1);
  for (size_t t = 0; t < n; ++t) {
    if (!open_[t]) continue;
    open_index_[t] = static_cast<int>(open_tags_.size());
    open_tags_.push_back(static_cast<int>(t));
  }
  // About 20,000 suffixes come from festlex's 33,000 words.
  suffix_rows_.Reserve(24576, 24576 * 5);
  rows_.reserve(24576 * open_tags_.size());
}

void UnknownWordModel::AddWord(std::string_view lower, const std::vector<std::pair<int, double>>& tag_freqs) {
  double total = 0;
  for (const auto& [t, f] : tag_freqs) total += f;
  if (total > kRareCount) return;
  for (char c : lower) {
    if (!IsLower(c)) return;  // suffix statistics of plain words only
  }
  const size_t n = open_tags_.size();
  row_totals_.clear();
  for (size_t len = 0; len <= kMaxSuffix && len < lower.size(); ++len) {
    auto [row_index, inserted] =
        suffix_rows_.TryEmplace(lower.substr(lower.size() - len), static_cast<uint32_t>(rows_.size() / n));
    if (inserted) rows_.resize(rows_.size() + n, 0.0f);
    float* row = rows_.data() + static_cast<size_t>(*row_index) * n;
    for (const auto& [t, f] : tag_freqs) {
      if (open_index_[t] >= 0) row[open_index_[t]] += static_cast<float>(f);
    }
  }
}

void UnknownWordModel::Finish() {
  const size_t m = open_tags_.size();
  const size_t rows = m == 0 ? 0 : rows_.size() / m;
  row_totals_.assign(rows, 0.0);
  for (size_t r = 0; r < rows; ++r) {
    double total = 0;
    for (size_t k = 0; k < m; ++k) total += rows_[r * m + k];
    row_totals_[r] = total;
  }
}

void UnknownWordModel::SuffixDistribution(std::string_view lower, std::vector<double>* probs) const {
  const size_t m = open_tags_.size();
  // Start from the open-class prior, then walk to longer suffixes.
  probs->assign(open_prior_.begin(), open_prior_.end());
  for (size_t len = 0; len <= kMaxSuffix && len <= lower.size(); ++len) {
    std::string_view suffix = lower.substr(lower.size() - len);
    if (len > 0 && !IsLower(suffix.front())) break;
    const uint32_t* row_index = suffix_rows_.Find(suffix);
    if (row_index == nullptr) break;
    const float* row = rows_.data() + static_cast<size_t>(*row_index) * m;
    double row_total = 0;
    if (*row_index < row_totals_.size()) {
      row_total = row_totals_[*row_index];
    } else {
      for (size_t k = 0; k < m; ++k) row_total += row[k];
    }
    if (row_total <= 0) break;
    for (size_t k = 0; k < m; ++k) {
      double& p = (*probs)[static_cast<size_t>(open_tags_[k])];
      p = (row[k] / row_total + theta_ * p) / (1 + theta_);
    }
  }
}

void UnknownWordModel::Mix(std::vector<double>* probs, int tag, double weight) {
  if (tag < 0) return;
  for (double& p : *probs) p *= 1 - weight;
  (*probs)[static_cast<size_t>(tag)] += weight;
}

size_t UnknownWordModel::Guess(std::string_view lower, const WordShape& shape, TagScore* out,
                               size_t max) const {
  thread_local std::vector<double> probs;
  const bool plural = lower.size() > 3 && lower.back() == 's' && lower[lower.size() - 2] != 's';
  if (shape.has_digit && !shape.has_letter) {
    probs.assign(tag_counts_.size(), 0.0);
    Mix(&probs, tags_.cd, 1.0);
    return Emit(probs, out, max);
  }
  if (shape.has_digit) {
    // "1990s", "20th", "F-16", "COVID-19", "3-year-old".
    probs.assign(tag_counts_.size(), 0.0);
    Mix(&probs, tags_.nn, 1.0);
    Mix(&probs, tags_.cd, 0.3);
    Mix(&probs, tags_.jj, 0.3);
    if (plural) Mix(&probs, tags_.nns, 0.5);
    if (shape.capitalized) Mix(&probs, tags_.nnp, 0.6);
    return Emit(probs, out, max);
  }
  // A hyphenated word is judged by its last part; "Russian-backed" is an
  // adjective although it starts with a capital.
  std::string_view last = lower;
  if (shape.hyphenated) last = lower.substr(lower.rfind('-') + 1);
  SuffixDistribution(last, &probs);
  if (shape.hyphenated && (shape.last_part_lower || !shape.capitalized)) {
    Mix(&probs, tags_.jj, 0.4);
    return Emit(probs, out, max);
  }
  if (!shape.capitalized && !shape.all_caps) {
    // Lower-case words are hardly ever names (the lexicon's proper nouns,
    // lower-cased, still shape its suffix statistics).
    double kept = 1;
    for (int t : {tags_.nnp, tags_.nnps}) {
      if (t < 0) continue;
      kept -= probs[static_cast<size_t>(t)];
      probs[static_cast<size_t>(t)] = 0;
    }
    if (kept > 0) {
      for (double& p : probs) p /= kept;
    }
  }
  if (shape.capitalized || shape.all_caps) {
    double proper = shape.sentence_initial ? 0.5 : 0.9;
    Mix(&probs, plural && !shape.all_caps ? tags_.nnps : tags_.nnp, plural ? proper * 0.3 : 0.0);
    Mix(&probs, tags_.nnp, plural ? proper * 0.7 : proper);
  }
  return Emit(probs, out, max);
}

size_t UnknownWordModel::Emit(const std::vector<double>& probs, TagScore* out, size_t max) const {
  size_t n = 0;
  for (size_t t = 0; t < probs.size(); ++t) {
    if (probs[t] < 0.005) continue;
    TagScore s{static_cast<uint8_t>(t), static_cast<float>(std::log(probs[t]) - log_prior_[t])};
    if (n < max) {
      out[n++] = s;
    } else {
      // Replace the weakest kept candidate when this one beats it.
      TagScore* worst = std::min_element(out, out + n, [](const TagScore& a, const TagScore& b) {
        return a.logp < b.logp;
      });
      if (worst->logp < s.logp) *worst = s;
    }
  }
  std::sort(out, out + n, [](const TagScore& a, const TagScore& b) { return a.logp > b.logp; });
  return n;
}

}  // namespace readout::text
