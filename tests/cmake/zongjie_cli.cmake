# What the CLI test scripts (tests/*/…_cli_test.cmake, run with cmake -P)
# share: checking their -D arguments, running zongjie with an expected exit
# status and output, and counting failures.
#
#   include("${CMAKE_CURRENT_LIST_DIR}/../cmake/zongjie_cli.cmake")
#   zongjie_cli_require(my_test.cmake ZONGJIE WORK_DIR …)
#   run("case" 0 STDOUT "regex" ARGS outline file.txt)
#   zongjie_cli_finish("my CLI")
#
# Set run_success_is_silent to ON before run() to also require an empty
# stderr from every case that expects exit status 0.

set(failures 0)

# zongjie_cli_require(SCRIPT VAR…): each VAR must be given with -DVAR=….
function(zongjie_cli_require script)
  foreach(var IN LISTS ARGN)
    if(NOT DEFINED ${var})
      message(FATAL_ERROR "${script}: -D${var}=… is required")
    endif()
  endforeach()
endfunction()

# run(NAME EXPECT_STATUS [STDOUT regex] [STDERR regex] ARGS …): runs zongjie in
# WORK_DIR; its stdout is left in last_stdout.  Exit status 2 must come with
# a message on stderr.
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
  if(run_success_is_silent AND expect_status STREQUAL "0" AND NOT err STREQUAL "")
    string(APPEND problems "  unexpected stderr on success\n")
  endif()
  if(expect_status STREQUAL "2" AND err STREQUAL "")
    string(APPEND problems "  no message on stderr\n")
  endif()
  if(problems STREQUAL "")
    message(STATUS "ok    ${name}")
  else()
    string(SUBSTRING "${out}" 0 800 out_head)
    string(REPLACE ";" " " args "${RUN_ARGS}")
    message("FAIL  ${name}: zongjie ${args}\n${problems}  --- stdout ---\n${out_head}\n  --- stderr ---\n${err}")
    math(EXPR n "${failures} + 1")
    set(failures ${n} PARENT_SCOPE)
  endif()
  set(last_stdout "${out}" PARENT_SCOPE)
endfunction()

# zongjie_cli_finish(WHAT): fails the script when any case failed.
macro(zongjie_cli_finish what)
  if(failures GREATER 0)
    message(FATAL_ERROR "${failures} ${what} case(s) failed")
  endif()
endmacro()
