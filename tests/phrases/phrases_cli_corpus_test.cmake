# zongjie learn / phrases on the user's corpus (CORPUS_DIR, outside the
# repository): 垃圾分类 found in at least two reports, 党建 at least five hits.
# Without the folder it prints "SKIPPED:" and does nothing; CTest shows the
# test as skipped (SKIP_REGULAR_EXPRESSION in CMakeLists.txt), not passed.
#
#   cmake -DZONGJIE=<zongjie> -DWORK_DIR=<scratch> -DCORPUS_DIR=<dir> -P phrases_cli_corpus_test.cmake
cmake_minimum_required(VERSION 3.25)

include("${CMAKE_CURRENT_LIST_DIR}/../cmake/zongjie_cli.cmake")
zongjie_cli_require(phrases_cli_corpus_test.cmake ZONGJIE WORK_DIR CORPUS_DIR)

if(NOT IS_DIRECTORY "${CORPUS_DIR}")
  message(STATUS "SKIPPED: no corpus folder ${CORPUS_DIR} (ZONGJIE_CORPUS_DIR)")
  return()
endif()
file(GLOB corpus_files "${CORPUS_DIR}/*.txt")
if(NOT corpus_files)
  message(FATAL_ERROR "no .txt report in the corpus folder ${CORPUS_DIR}")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(cdb "${WORK_DIR}/user-corpus.db")
run("learn the corpus" 0 ARGS learn ${corpus_files} --db "${cdb}" --quiet)
run("corpus 垃圾分类" 0 ARGS phrases 垃圾分类 --db "${cdb}" --format json --limit 100)
string(JSON n ERROR_VARIABLE e LENGTH "${last_stdout}")
set(files "")
if(NOT e AND n GREATER 0)
  math(EXPR last "${n} - 1")
  foreach(i RANGE ${last})
    string(JSON f GET "${last_stdout}" ${i} file)
    list(APPEND files "${f}")
  endforeach()
endif()
list(REMOVE_DUPLICATES files)
list(LENGTH files nfiles)
if(nfiles LESS 2)
  message("FAIL  corpus 垃圾分类: hits in ${nfiles} reports, expected at least 2")
  math(EXPR failures "${failures} + 1")
endif()
run("corpus 党建" 0 ARGS phrases 党建 --db "${cdb}" --format json --limit 100)
string(JSON n ERROR_VARIABLE e LENGTH "${last_stdout}")
if(e OR n LESS 5)
  message("FAIL  corpus 党建: ${n} hits, expected at least 5 ${e}")
  math(EXPR failures "${failures} + 1")
endif()

zongjie_cli_finish("phrases CLI on the corpus")
