# zongjie draft / templates from the command line: exit codes, messages, the
# atomic write of -o, the draft read back by zongjie outline.
#
#   cmake -DZONGJIE=<zongjie> -DDATA_DIR=<tests/data/draft> -DWORK_DIR=<scratch> [-DCORPUS_DIR=<dir>] -P draft_cli_test.cmake
cmake_minimum_required(VERSION 3.25)

foreach(var ZONGJIE DATA_DIR WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "draft_cli_test.cmake: -D${var}=… is required")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failures 0)
# No corpus database of the user's: the built-in standard outline.
set(ENV{ZONGJIE_DB} "${WORK_DIR}/no-such.db")

function(run name expect_status)
  cmake_parse_arguments(RUN "" "STDOUT;STDERR" "ARGS" ${ARGN})
  execute_process(COMMAND "${ZONGJIE}" ${RUN_ARGS}
                  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err
                  WORKING_DIRECTORY "${WORK_DIR}")
  set(problems "")
  if(NOT status STREQUAL "${expect_status}")
    string(APPEND problems "  exit status ${status}, expected ${expect_status}\n")
  endif()
  if(DEFINED RUN_STDOUT AND NOT out MATCHES "${RUN_STDOUT}")
    string(APPEND problems "  stdout does not match «${RUN_STDOUT}»\n")
  endif()
  if(DEFINED RUN_STDERR AND NOT err MATCHES "${RUN_STDERR}")
    string(APPEND problems "  stderr does not match «${RUN_STDERR}»\n")
  endif()
  if(expect_status STREQUAL "2" AND err STREQUAL "")
    string(APPEND problems "  no message on stderr\n")
  endif()
  if(problems STREQUAL "")
    message(STATUS "ok    ${name}")
  else()
    string(SUBSTRING "${out}" 0 800 out_head)
    message("FAIL  ${name}\n${problems}  --- stdout ---\n${out_head}\n  --- stderr ---\n${err}")
    math(EXPR n "${failures} + 1")
    set(failures ${n} PARENT_SCOPE)
  endif()
  set(last_stdout "${out}" PARENT_SCOPE)
endfunction()

set(last "${DATA_DIR}/qinghe-2023.txt")

# Templates.
run("templates" 0 STDOUT "plan\\.党建.*plan\\.民生" ARGS templates --part plan)
run("templates json" 0 STDOUT "\"id\": \"summary\\.民生\"" ARGS templates --theme 民生 --format json)
run("templates show" 0 STDOUT "^一、坚持人民至上.*一是织密社会保障网" ARGS templates show plan.民生 --style 一、)
run("templates show part" 0 STDOUT "2031年工作计划.*东山镇将" ARGS templates show plan --year 2030 --place 东山镇)
run("templates show unknown" 2 STDERR "plan\\.没有" ARGS templates show plan.没有)
run("templates bad part" 2 STDERR "--part" ARGS templates --part plans)

# Draft to stdout and to a file.
run("draft to stdout" 0 STDOUT "^清河镇2024年工作总结及2025年工作思路\n2024年，清河镇" ARGS draft --from "${last}")
run("draft -o" 0 STDERR "已写入" ARGS draft --from "${last}" --year 2025 --place 青石镇 -o "${WORK_DIR}/draft.txt")
file(GLOB leftovers "${WORK_DIR}/.draft.txt.*")
if(leftovers)
  message("FAIL  draft -o left temporary files: ${leftovers}")
  math(EXPR failures "${failures} + 1")
endif()
run("draft reads back" 0 ARGS outline "${WORK_DIR}/draft.txt" --format json)
string(JSON ry ERROR_VARIABLE e1 GET "${last_stdout}" report_year)
string(JSON py ERROR_VARIABLE e2 GET "${last_stdout}" plan_year)
string(JSON title ERROR_VARIABLE e3 GET "${last_stdout}" title text)
if(e1 OR e2 OR e3 OR NOT ry STREQUAL "2025" OR NOT py STREQUAL "2026" OR NOT title MATCHES "^青石镇2025年")
  message("FAIL  draft reads back: report_year=${ry} plan_year=${py} title=${title}")
  math(EXPR failures "${failures} + 1")
endif()
# Overwriting an existing file goes through a rename too.
run("draft -o overwrite" 0 ARGS draft --from "${last}" -o "${WORK_DIR}/draft.txt")
file(READ "${WORK_DIR}/draft.txt" content)
if(NOT content MATCHES "^清河镇2024年")
  message("FAIL  draft -o overwrite: the file was not replaced")
  math(EXPR failures "${failures} + 1")
endif()
run("draft without last year" 0 STDOUT "2030年工作总结.*2031年工作计划" STDERR "--place" ARGS draft --year 2030)
run("draft style" 0 STDOUT "\n一是" ARGS draft --from "${last}" --style 一是)

# Bad usage and input: exit 2, the file named.
run("draft missing file" 2 STDERR "nowhere\\.txt" ARGS draft --from "${WORK_DIR}/nowhere.txt")
run("draft bad year" 2 STDERR "--year" ARGS draft --from "${last}" --year 20x4)
run("draft bad style" 2 STDERR "--style" ARGS draft --style 甲)
run("draft extra argument" 2 STDERR "--from" ARGS draft "${last}")
run("draft missing database" 2 STDERR "missing\\.db" ARGS draft --from "${last}" --db "${WORK_DIR}/missing.db")
run("draft unwritable output" 2 STDERR "no-dir" ARGS draft --from "${last}" -o "${WORK_DIR}/no-dir/x/draft.txt")

if(DEFINED CORPUS_DIR AND EXISTS "${CORPUS_DIR}/002_6b839ddbfe8036b3.txt")
  run("draft from 002" 0 STDOUT "2024年工作总结.*2025年工作" ARGS draft --from "${CORPUS_DIR}/002_6b839ddbfe8036b3.txt")
else()
  message(STATUS "skip  draft from the corpus (no CORPUS_DIR)")
endif()

if(failures GREATER 0)
  message(FATAL_ERROR "${failures} draft CLI case(s) failed")
endif()
