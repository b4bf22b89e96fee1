// zongjie export FILE -o OUT.docx [--title T] [--author A]
#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/service/workspace.hpp"

#include <algorithm>
#include <filesystem>
#include <ostream>

namespace zongjie::cli {

int cmd_export(Argv const& argv, Io& io) {
  Args const args(argv, {"-o", "--output", "--title", "--author"}, {});
  if (args.positional().size() != 1) throw UsageError("需要一个输入文件：zongjie export FILE -o OUT.docx");
  auto const out_arg = args.value("-o") ? args.value("-o") : args.value("--output");
  if (!out_arg) throw UsageError("需要用 -o 指定输出的 .docx 文件");
  std::filesystem::path const in = args.positional().front();
  std::filesystem::path const out = *out_arg;
  std::string ext = out.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext != ".docx") throw UsageError("输出文件名应以 .docx 结尾：" + out.string());
  std::error_code ec;
  if (std::filesystem::exists(out, ec) && std::filesystem::equivalent(in, out, ec))
    throw UsageError("输出文件就是输入文件，请换一个文件名，以免覆盖原文：" + out.string());

  text::Document const doc = service::load_document(in);
  for (auto const& note : doc.notes) io.err << "注意：" << in.string() << "：" << note << '\n';
  // Unfilled placeholders (XX, ××, 【…】) go into the Word document as they
  // are: say so, with where the first ones are, before it is written.
  {
    service::Workspace const builtin = service::Workspace::builtin();
    std::vector<check::Finding> unfilled;
    for (auto& f : builtin.check(doc, builtin.outline(doc)))
      if (f.rule == "placeholder.unfilled") unfilled.push_back(std::move(f));
    if (!unfilled.empty()) {
      io.err << "注意：" << in.string() << " 还有 " << unfilled.size()
             << " 处占位符没有填写，导出的 Word 文档会原样带上它们：";
      std::size_t shown = 0;
      for (auto const& f : unfilled) {
        if (shown++ == 3) {
          io.err << " ……";
          break;
        }
        io.err << (shown == 1 ? "" : "，") << "第 " << f.line << " 行“" << doc.text.substr(f.begin, f.end - f.begin)
               << "”";
      }
      io.err << '\n';
    }
  }
  word::ExportOptions options;
  options.title = args.value("--title").value_or("");
  options.author = args.value("--author").value_or("");
  try {
    for (auto const& note : service::export_docx(doc, out, options)) io.err << "注意：" << note << '\n';
  } catch (docx::DocxError const& e) {
    io.err << "zongjie export：" << e.what() << '\n';
    return 2;
  }
  io.err << "已导出 " << out.string() << "（" << doc.lines.line_count()
         << " 段，版式按 GB/T 9704-2012：A4，正文 3 号仿宋，每页 22 行×28 字）\n";
  return 0;
}

}  // namespace zongjie::cli
