// Maps an inner CAMEO code into a frame. The category of the inner code
// (meet, diplomatic, material, aid, yield, settle) selects the second digit
// of the framed root; for material cooperation, aid and yielding the last
// digit carries over ("provide military aid" 072 -> "intent to provide
// military aid" 0332). Conflict codes in an intent or threat frame become
// threats of the matching kind (138x for force, 137 repression, 131x
// sanctions and relations).
#include "events/code_transform.h"

namespace readout::events {

namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (auto s : set) {
    if (w == s) return true;
  }
  return false;
}

std::string Checked(std::string code, const lexicon::CameoCodes& codes) {
  if (codes.Find(code)) return code;
  if (code.size() > 3 && codes.Find(code.substr(0, 3))) return code.substr(0, 3);
  return code.substr(0, 2) + "0";
}

// Second digit (and sub-digit, or 0) of the category of `code` within the
// 02/03/10/12 sub-structure; second == 0 when the code has none.
struct Category {
  char second = 0;
  char sub = 0;
};

Category CategoryOf(std::string_view code) {
  std::string_view r = code.substr(0, 2);
  // "offered to help them achieve peace": intent to mediate (039), not to meet.
  if (code.starts_with("045")) return {'9', 0};
  if (r == "04") return {'6', 0};
  if (r == "05") return {'2', 0};
  if (r == "06" && code.size() >= 3) return {'1', code[2] >= '1' && code[2] <= '4' ? code[2] : '\0'};
  if (r == "07" && code.size() >= 3) return {'3', code[2] >= '1' && code[2] <= '4' ? code[2] : '\0'};
  if (r == "08") {
    if (code.starts_with("084")) return {'5', '3'};
    if (code.size() >= 3 && code[2] >= '1' && code[2] <= '7') {
      static const char kSub[] = {0, '1', '2', '4', '3', '4', '5', '6'};
      return {'5', kSub[code[2] - '0']};
    }
    return {'5', 0};
  }
  if (r == "03") return {code.size() >= 3 ? code[2] : '0', 0};
  return {};
}

}  // namespace

Frame FrameOfGovernor(std::string_view l) {
  if (In(l, {"plan", "intend", "want", "expect", "seek", "aim", "prepare", "agree", "promise", "pledge",
             "vow", "offer", "commit", "decide", "propose", "wish", "consider", "schedule", "resolve",
             // "is set / slated / poised to meet": scheduled, as "scheduled to".
             "set", "slate", "poise"})) {
    return Frame::kIntent;
  }
  if (In(l, {"threaten", "warn"})) return Frame::kThreat;
  if (In(l, {"urge", "ask", "appeal", "press", "encourage", "invite", "implore", "request"})) {
    return Frame::kAppeal;
  }
  if (In(l, {"demand", "order", "insist"})) return Frame::kDemand;
  if (In(l, {"refuse", "decline", "reject"})) return Frame::kRefuse;
  if (In(l, {"fail", "deny", "cannot", "avoid", "stop", "cease", "halt", "refrain", "tend", "seem", "appear",
             "incline", "imagine", "see", "need", "mention", "like", "love", "hope",
             // "faces pressure from Congress to help Iran": pressed, not acting.
             "face"})) {
    return Frame::kDrop;
  }
  // "favored imposing heavy tariffs on China": a policy preference is no
  // announced act ("would support lifting sanctions" is an intention).
  if (In(l, {"favor", "favour", "advocate"})) return Frame::kDrop;
  if (In(l, {"suggest", "support"})) return Frame::kIntent;
  return Frame::kNone;
}

Frame FrameOfModal(std::string_view w) {
  // "will meet" reports a scheduled act and is coded as the act, as
  // PETRARCH and TABARI code it; "would meet" (a reported or conditional
  // future) is an intention.
  if (In(w, {"would", "'d"})) return Frame::kIntent;
  if (In(w, {"could", "might", "may", "should", "can", "must", "ca"})) return Frame::kDrop;
  return Frame::kNone;
}

std::string TransformCode(std::string_view code, Frame frame, const lexicon::CameoCodes& codes) {
  if (frame == Frame::kNone || code.size() < 2) return std::string(code);
  if (frame == Frame::kDrop) return "";
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  bool conflict = root >= 14;
  if (frame == Frame::kIntent || frame == Frame::kThreat) {
    if (conflict) {
      if (root >= 18) {
        if (root == 20) return Checked("1385", codes);
        if (root == 18) return Checked("1383", codes);
        if (code.starts_with("191")) return Checked("1381", codes);
        if (code.starts_with("192")) return Checked("1382", codes);
        return Checked("1384", codes);
      }
      if (root == 17) return Checked("137", codes);
      if (root == 16) {
        if (code.starts_with("161")) return Checked("1313", codes);
        if (code.starts_with("162")) return Checked("1311", codes);
        if (code.starts_with("163")) return Checked("1312", codes);
        return Checked("131", codes);
      }
      if (root == 14) return Checked("133", codes);
      return Checked("138", codes);
    }
    // "threatened to charge him": a threat, whatever act it announces;
    // only a threat itself (13x) keeps its code.
    if (frame == Frame::kThreat) return root == 13 ? std::string(code) : Checked("130", codes);
    if (root <= 3 || root >= 9) return std::string(code);
    Category c = CategoryOf(code);
    if (!c.second) return Checked("030", codes);
    std::string out = {'0', '3', c.second};
    if (c.sub) out.push_back(c.sub);
    return Checked(out, codes);
  }
  if (conflict) return frame == Frame::kRefuse ? "" : Checked(frame == Frame::kDemand ? "100" : "020", codes);
  // "declined to criticize Clinton", "refused to comment on": withholding
  // words is no rejection of anyone (a declined comment is its own 011).
  if (frame == Frame::kRefuse && (root == 1 || root == 11)) return "";
  if (root == 1 || root == 2 || root >= 9) {
    return Checked(frame == Frame::kDemand ? "100" : frame == Frame::kRefuse ? "120" : "020", codes);
  }
  Category c = CategoryOf(code);
  std::string prefix = frame == Frame::kAppeal ? "02" : frame == Frame::kDemand ? "10" : "12";
  if (frame == Frame::kRefuse) {
    // 12's order differs: 121 material, 122 aid, 123 reform, 124 yield, 125 meet.
    static const char kRefuse[] = {0, '1', 0, '2', '3', '4', '5', '7', '6', 0};
    if (c.second) c.second = kRefuse[c.second - '0'];
  }
  if (!c.second) return Checked(prefix + "0", codes);
  std::string out = prefix + c.second;
  if (c.sub) out.push_back(c.sub);
  return Checked(out, codes);
}

}  // namespace readout::events
