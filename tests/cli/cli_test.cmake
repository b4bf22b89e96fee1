# Runs the zongjie executable on a few cases and checks exit status and
# messages (README.md, "Exit status": 0 ok; 2 bad usage or unreadable input,
# with a message on stderr naming the file and why).
#
#   cmake -DZONGJIE=<zongjie> -DDATA_DIR=<tests/data> -DWORK_DIR=<scratch> -P cli_test.cmake
cmake_minimum_required(VERSION 3.25)

include("${CMAKE_CURRENT_LIST_DIR}/../cmake/zongjie_cli.cmake")
zongjie_cli_require(cli_test.cmake ZONGJIE DATA_DIR WORK_DIR)
set(run_success_is_silent ON)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/a folder")
set(report "${DATA_DIR}/outline/cli-report.txt")

# ---- success ----------------------------------------------------------------------
run("outline as text" 0 STDOUT "【工作总结】.*（一）产业发展提质增效" ARGS outline "${report}")
run("outline as json" 0 STDOUT "\"parts\"" ARGS outline "${report}" --format json)
string(JSON role ERROR_VARIABLE json_error GET "${last_stdout}" parts 1 role)
string(JSON plan_year ERROR_VARIABLE json_error2 GET "${last_stdout}" plan_year)
if(json_error OR json_error2 OR NOT role STREQUAL "summary" OR NOT plan_year STREQUAL "2024")
  message("FAIL  outline as json: parts[1].role=${role} plan_year=${plan_year} ${json_error} ${json_error2}")
  math(EXPR failures "${failures} + 1")
else()
  message(STATUS "ok    outline json is JSON with parts[1].role=summary, plan_year=2024")
endif()
run("outline --format=json" 0 STDOUT "^[{]" ARGS outline --format=json "${report}")
run("help" 0 STDOUT "outline" ARGS --help)

# GBK bytes of 一、工作总结 (written byte by byte: CMake strings are bytes).
string(ASCII 210 187 161 162 185 164 215 247 215 220 189 225 13 10 gbk)
file(WRITE "${WORK_DIR}/gbk.txt" "${gbk}")
run("GBK file" 0 ARGS outline gbk.txt --format json)
string(JSON heading ERROR_VARIABLE json_error GET "${last_stdout}" parts 0 heading)
if(json_error OR NOT heading STREQUAL "一、工作总结")
  message("FAIL  GBK file: parts[0].heading=${heading} ${json_error}")
  math(EXPR failures "${failures} + 1")
else()
  message(STATUS "ok    GBK file decoded: parts[0].heading=${heading}")
endif()
file(WRITE "${WORK_DIR}/empty.txt" "")
run("empty file" 0 STDOUT "\"parts\": \\[\\]" ARGS outline empty.txt --format json)

# ---- unreadable input: 2, naming the file -------------------------------------------------
run("missing file" 2 STDERR "no-such-report\\.txt" ARGS outline "no-such-report.txt")
# The executable itself: an ELF file full of NUL bytes.
get_filename_component(exe_name "${ZONGJIE}" NAME)
run("binary file" 2 STDERR "${exe_name}.*二进制" ARGS outline "${ZONGJIE}")
run("directory" 2 STDERR "a folder" ARGS outline "a folder")
# Long UTF-8 whose last character lost its last byte.
string(REPEAT "全镇各项工作稳步推进。" 20 long_text)
string(ASCII 229 174 cut)
file(WRITE "${WORK_DIR}/cut.txt" "${long_text}${cut}")
run("truncated UTF-8" 2 STDERR "cut\\.txt.*UTF-8" ARGS outline cut.txt)

# ---- bad usage: 2 ---------------------------------------------------------------------------
run("no arguments" 2 STDERR "用法")
run("unknown command" 2 STDERR "frobnicate" ARGS frobnicate)
run("outline without a file" 2 STDERR "用法" ARGS outline)
run("outline with two files" 2 ARGS outline "${report}" "${report}")
run("unknown format" 2 STDERR "xml" ARGS outline "${report}" --format xml)
run("format without value" 2 ARGS outline "${report}" --format)
run("unknown option" 2 STDERR "--frobnicate" ARGS outline "${report}" --frobnicate)

zongjie_cli_finish("CLI")
message(STATUS "all CLI cases passed")
