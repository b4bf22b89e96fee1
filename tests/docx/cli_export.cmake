# zongjie export, and zongjie outline reading the .docx it wrote.
#   cmake -DZONGJIE=... -DSOURCE_DIR=... -DWORK_DIR=... -P cli_export.cmake
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

set(txt "${SOURCE_DIR}/examples/qingxi-2024.txt")
set(docx "${WORK_DIR}/青溪镇.docx")

run(0 "${ZONGJIE}" export "${txt}" -o "${docx}")
expect("${err}" "已导出" "export reports success")
if(NOT EXISTS "${docx}")
  message(FATAL_ERROR "export wrote nothing")
endif()

# The outline of the exported .docx is the outline of the .txt.
run(0 "${ZONGJIE}" outline "${txt}" --format json)
string(REPLACE "${txt}" "FILE" from_txt "${out}")
run(0 "${ZONGJIE}" outline "${docx}" --format json)
string(REPLACE "${docx}" "FILE" from_docx "${out}")
if(NOT from_txt STREQUAL from_docx)
  message(FATAL_ERROR "outlines differ:\n${from_txt}\n---\n${from_docx}")
endif()

# A report without placeholders exports without a warning; one with them is
# still exported, with a warning naming each place.
string(FIND "${err}" "占位符" at)
if(NOT at EQUAL -1)
  message(FATAL_ERROR "a warning about placeholders for a report without any:\n${err}")
endif()
file(WRITE "${WORK_DIR}/待填.txt" "东山镇2024年工作总结\n一、2024年工作回顾\n全年新建XX个便民服务点。\n")
run(0 "${ZONGJIE}" export "${WORK_DIR}/待填.txt" -o "${WORK_DIR}/待填.docx")
expect("${err}" "还有 1 处占位符没有填写" "placeholder warning")
expect("${err}" "第 3 行“XX”" "placeholder warning names the place")
if(NOT EXISTS "${WORK_DIR}/待填.docx")
  message(FATAL_ERROR "export with placeholders wrote nothing")
endif()

# .docx → .docx works too.
run(0 "${ZONGJIE}" export "${docx}" -o "${WORK_DIR}/again.docx")

# Bad usage and bad input: exit 2, the file named.
run(2 "${ZONGJIE}" export "${txt}")
expect("${err}" "-o" "missing -o")
run(2 "${ZONGJIE}" export "${txt}" -o "${WORK_DIR}/out.txt")
expect("${err}" ".docx" "wrong output extension")
run(2 "${ZONGJIE}" export "${docx}" -o "${docx}")
expect("${err}" "覆盖" "overwriting the input")
file(WRITE "${WORK_DIR}/坏文件.docx" "not a zip at all")
run(2 "${ZONGJIE}" outline "${WORK_DIR}/坏文件.docx")
expect("${err}" "坏文件.docx" "broken input named")
expect("${err}" "不是有效的 Word 文档" "broken input explained")
run(2 "${ZONGJIE}" export "${WORK_DIR}/坏文件.docx" -o "${WORK_DIR}/x.docx")
expect("${err}" "坏文件.docx" "export names broken input")
