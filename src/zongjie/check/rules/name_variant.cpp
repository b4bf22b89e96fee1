#include "zongjie/check/rules/name_variant.hpp"

namespace zongjie::check {

void NameVariantCheck::run(Context const& ctx, Sink& out) const {
  OfficeLexicon const* lexicon = ctx.data.lexicon.get();
  if (!lexicon || lexicon->empty()) return;
  std::vector<NameSpan> spans;
  lexicon->extractor().find(ctx.text(), spans);
  for (auto const& s : spans) {
    if (ctx.in_debris(s.begin, s.end)) continue;
    std::string_view const word = ctx.text().substr(s.begin, s.end - s.begin);
    LexiconEntry const* known = lexicon->variant_of(word, s.kind);
    if (!known) continue;
    Hit hit;
    hit.begin = s.begin;
    hit.end = s.end;
    hit.message = "variant";
    // Quoted as shown; a project carries its own quotation marks.
    auto const shown = [&](std::string_view w) {
      return s.kind == NameKind::project ? std::string(w) : "“" + std::string(w) + "”";
    };
    hit.args = {{"word", shown(word)},
                {"known", shown(known->word)},
                {"kind", std::string(name_kind_label(known->kind))},
                {"count", std::to_string(known->count)}};
    hit.suggestion = known->word;
    Fix fix;
    fix.edits.push_back({s.begin, s.end, known->word});
    fix.safe = false;
    fix.description = ctx.data.catalog->word("fix.replace", {{"from", std::string(word)}, {"to", known->word}});
    hit.fix = std::move(fix);
    out.add(std::move(hit));
  }
}

}  // namespace zongjie::check
