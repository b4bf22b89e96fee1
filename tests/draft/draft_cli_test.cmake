# zongjie draft / templates from the command line: exit codes, messages, the
# atomic write of -o, the draft read back by zongjie outline.  From a report of
# the user's corpus: draft_cli_corpus_test.cmake.
#
#   cmake -DZONGJIE=<zongjie> -DDATA_DIR=<tests/data/draft> -DWORK_DIR=<scratch> -P draft_cli_test.cmake
cmake_minimum_required(VERSION 3.25)

include("${CMAKE_CURRENT_LIST_DIR}/../cmake/zongjie_cli.cmake")
zongjie_cli_require(draft_cli_test.cmake ZONGJIE DATA_DIR WORK_DIR)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
# No corpus database of the user's: the built-in standard outline.
set(ENV{ZONGJIE_DB} "${WORK_DIR}/no-such.db")

set(last "${DATA_DIR}/qinghe-2023.txt")

# Templates.
run("templates" 0 STDOUT "plan\\.党建.*plan\\.民生" ARGS templates --part plan)
run("templates order" 0 STDOUT "^preamble.*\nsummary.*\nproblems.*\nplan.*\nclosing[^\n]*\n$" ARGS templates)
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

zongjie_cli_finish("draft CLI")
