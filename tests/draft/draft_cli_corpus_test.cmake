# zongjie draft from a report of the user's corpus (CORPUS_DIR, outside the
# repository): 002 gives a 2024 summary and a 2025 plan.  Without the folder
# it prints "SKIPPED:" and does nothing; CTest shows the test as skipped
# (SKIP_REGULAR_EXPRESSION in CMakeLists.txt), not passed.
#
#   cmake -DZONGJIE=<zongjie> -DWORK_DIR=<scratch> -DCORPUS_DIR=<dir> -P draft_cli_corpus_test.cmake
cmake_minimum_required(VERSION 3.25)

include("${CMAKE_CURRENT_LIST_DIR}/../cmake/zongjie_cli.cmake")
zongjie_cli_require(draft_cli_corpus_test.cmake ZONGJIE WORK_DIR CORPUS_DIR)

if(NOT IS_DIRECTORY "${CORPUS_DIR}")
  message(STATUS "SKIPPED: no corpus folder ${CORPUS_DIR} (ZONGJIE_CORPUS_DIR)")
  return()
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
# No corpus database of the user's: the built-in standard outline.
set(ENV{ZONGJIE_DB} "${WORK_DIR}/no-such.db")

run("draft from 002" 0 STDOUT "2024年工作总结.*2025年工作" ARGS draft --from "${CORPUS_DIR}/002_6b839ddbfe8036b3.txt")

zongjie_cli_finish("draft CLI on the corpus")
