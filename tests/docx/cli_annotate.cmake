# zongjie check --annotate: the executable end to end on a .docx it exported.
#   cmake -DZONGJIE=... -DWORK_DIR=... -P cli_annotate.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(run expected_status)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL expected_status)
    message(FATAL_ERROR "${ARGN}\nexit ${status}, expected ${expected_status}\nstdout: ${out}\nstderr: ${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

function(expect haystack needle what)
  string(FIND "${haystack}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${what}: «${needle}» not in:\n${haystack}")
  endif()
endfunction()

# A report with a half-width comma (a safe fix) and an unfilled placeholder (an error).
file(WRITE "${WORK_DIR}/报告.txt"
  "东湖镇2024年工作总结\n一、2024年工作回顾\n（一）经济发展\n今年完成投资,比上年增长一成。\n"
  "（二）社会事业\n新建学校XX所。\n二、2025年工作打算\n（一）经济发展\n继续扩大投资。\n（二）社会事业\n办好民生实事。\n")
run(0 "${ZONGJIE}" export "${WORK_DIR}/报告.txt" -o "${WORK_DIR}/报告.docx")
set(ENV{ZONGJIE_DB} "${WORK_DIR}/none.db")

run(1 "${ZONGJIE}" check "${WORK_DIR}/报告.docx" --annotate "${WORK_DIR}/批注.docx" --fix)
expect("${out}" "批注.docx：已写入批注" "annotate reports what it wrote")
expect("${out}" "修订 1 处" "the comma became a tracked change")
expect("${out}" "[punctuation.half-width]" "the findings are listed as check lists them")
if(NOT EXISTS "${WORK_DIR}/批注.docx")
  message(FATAL_ERROR "--annotate wrote nothing")
endif()
# The input is untouched; the annotated copy reads with the fix accepted.
run(1 "${ZONGJIE}" check "${WORK_DIR}/报告.docx")
expect("${out}" "[punctuation.half-width]" "the input still has its comma")
run(1 "${ZONGJIE}" check "${WORK_DIR}/批注.docx")
string(FIND "${out}" "[punctuation.half-width]" at)
if(NOT at EQUAL -1)
  message(FATAL_ERROR "the tracked change was not read as accepted:\n${out}")
endif()

# Clear errors: a text file, two files, a damaged .docx.
run(2 "${ZONGJIE}" check "${WORK_DIR}/报告.txt" --annotate "${WORK_DIR}/x.docx")
expect("${err}" "Word 文档" "a text file is refused")
run(2 "${ZONGJIE}" check "${WORK_DIR}/报告.docx" "${WORK_DIR}/报告.docx" --annotate "${WORK_DIR}/x.docx")
expect("${err}" "--annotate" "one file only")
file(WRITE "${WORK_DIR}/坏.docx" "PK not really a zip archive")
run(2 "${ZONGJIE}" check "${WORK_DIR}/坏.docx" --annotate "${WORK_DIR}/x.docx")
expect("${err}" "坏.docx" "the damaged file is named")
if(EXISTS "${WORK_DIR}/x.docx")
  message(FATAL_ERROR "a refused --annotate left a file behind")
endif()
