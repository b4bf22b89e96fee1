#include "zongjie/check/format.hpp"

#include <sstream>

namespace zongjie::check {

nlohmann::ordered_json findings_to_json(std::vector<Finding> const& findings, std::string const& file) {
  auto out = nlohmann::ordered_json::array();
  for (auto const& f : findings) {
    nlohmann::ordered_json j;
    j["rule"] = f.rule;
    j["severity"] = severity_name(f.severity);
    j["line"] = f.line;
    j["column"] = f.column;
    j["message"] = f.message;
    if (f.suggestion) j["suggestion"] = *f.suggestion;
    j["file"] = file;
    j["end_line"] = f.end_line;
    j["end_column"] = f.end_column;
    j["fixable"] = f.fix && f.fix->safe;
    out.push_back(std::move(j));
  }
  return out;
}

std::string findings_to_gcc(std::vector<Finding> const& findings, std::string const& file) {
  std::ostringstream s;
  for (auto const& f : findings)
    s << file << ':' << f.line << ':' << f.column << ": " << severity_name(f.severity) << ": " << f.message << " ["
      << f.rule << "]\n";
  return s.str();
}

std::string findings_to_text(std::vector<Finding> const& findings, std::string const& file) {
  std::ostringstream s;
  for (auto const& f : findings) {
    s << file << ':' << f.line << ':' << f.column << "　" << severity_label(f.severity) << "　" << f.message << "　["
      << f.rule << "]\n";
    if (f.suggestion && !f.suggestion->empty()) s << "    建议：" << *f.suggestion << '\n';
    if (f.fix && f.fix->safe) s << "    可自动修复（--fix）：" << f.fix->description << '\n';
  }
  return s.str();
}

}  // namespace zongjie::check
