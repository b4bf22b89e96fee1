# The `zongjie check` and `zongjie ignore` commands: exit status (0 ok, 1 an
# error finding, 2 bad usage or input naming the file), the three formats,
# --rule, --fix (bytes of a GB18030/CRLF file), --previous, and ignore
# add/list/remove.  The database path is sent into WORK_DIR through
# ZONGJIE_DB, so that nothing outside is read or written.
#
#   cmake -DZONGJIE=<zongjie> -DDATA_DIR=<tests/data/check> -DWORK_DIR=<scratch> -P check_cli_test.cmake
cmake_minimum_required(VERSION 3.25)

include("${CMAKE_CURRENT_LIST_DIR}/../cmake/zongjie_cli.cmake")
zongjie_cli_require(check_cli_test.cmake ZONGJIE DATA_DIR WORK_DIR)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(ENV{ZONGJIE_DB} "${WORK_DIR}/corpus.db")
set(clean "${DATA_DIR}/clean/lanshan-2024.txt")
set(draft "${DATA_DIR}/drafts/shimen-2022.txt")

# expect(NAME CONDITION…): CONDITION as if() takes it.
macro(expect name)
  if(${ARGN})
    message(STATUS "ok    ${name}")
  else()
    message("FAIL  ${name}")
    math(EXPR failures "${failures} + 1")
  endif()
endmacro()

# ---- findings and exit status -------------------------------------------------------
run("clean report" 0 STDOUT "没有发现问题" ARGS check "${clean}")
run("draft with an error" 1 STDOUT "placeholder\\.unfilled" ARGS check "${draft}")
run("gcc format" 1 STDOUT "shimen-2022\\.txt:7:35: error: [^\n]+ \\[placeholder\\.unfilled\\]" ARGS check "${draft}" --format gcc)
run("json format" 1 ARGS check "${draft}" --format json)
string(JSON n ERROR_VARIABLE json_error LENGTH "${last_stdout}")
string(JSON rule0 ERROR_VARIABLE json_error2 GET "${last_stdout}" 0 rule)
string(JSON sev0 ERROR_VARIABLE json_error3 GET "${last_stdout}" 0 severity)
string(JSON line0 ERROR_VARIABLE json_error4 GET "${last_stdout}" 0 line)
if(json_error OR json_error2 OR json_error3 OR json_error4 OR n LESS 5 OR NOT rule0 STREQUAL "wording.confusable"
   OR NOT sev0 STREQUAL "warning" OR NOT line0 STREQUAL "2")
  message("FAIL  json findings: n=${n} rule0=${rule0} severity0=${sev0} line0=${line0} ${json_error}")
  math(EXPR failures "${failures} + 1")
else()
  message(STATUS "ok    json is an array of {rule, severity, line, …}")
endif()
run("several files" 1 STDOUT "lanshan-2024\\.txt：没有发现问题.*shimen-2022\\.txt" ARGS check "${clean}" "${draft}")
run("--rule turns the errors into warnings" 0 ARGS check "${draft}" --rule placeholder.unfilled=warning)
run("--rule off" 0 STDOUT "^[^\n]*(shimen|：)" ARGS check "${draft}" --rule=placeholder.unfilled=off --format gcc)
expect("--rule off drops the rule" NOT last_stdout MATCHES "placeholder")

# ---- bad usage and input: 2, naming the file ----------------------------------------------
run("missing file" 2 STDERR "no-such-report\\.txt" ARGS check "no-such-report.txt")
run("missing file among good ones" 2 STDOUT "lanshan-2024\\.txt" STDERR "no-such-report\\.txt" ARGS check "${clean}" "no-such-report.txt")
run("no file" 2 STDERR "用法" ARGS check)
run("unknown rule" 2 STDERR "no\\.such-rule" ARGS check "${clean}" --rule no.such-rule=off)
run("bad level" 2 STDERR "loud" ARGS check "${clean}" --rule placeholder.unfilled=loud)
run("bad format" 2 STDERR "xml" ARGS check "${clean}" --format xml)
run("--db that does not exist" 2 STDERR "missing\\.db" ARGS check "${clean}" --db "${WORK_DIR}/missing.db")
run("--previous that does not exist" 2 STDERR "last-year\\.txt" ARGS check "${clean}" --previous last-year.txt)

# ---- --previous ---------------------------------------------------------------------------
run("promises of last year's plan" 0 STDOUT "dongxi-2023\\.txt:32.*promise\\.unreported"
    ARGS check "${DATA_DIR}/promise/dongxi-2024.txt" --previous "${DATA_DIR}/promise/dongxi-2023.txt")

# ---- --fix: GB18030 with CRLF, only the fixed bytes change --------------------------------
file(COPY_FILE "${DATA_DIR}/cli/defects-gb18030-crlf.txt" "${WORK_DIR}/defects.txt")
run("--fix" 1 STDOUT "已修复.*punctuation\\.half-width.*已修复.*numbering\\.duplicate.*已修复.*noise\\.artifact.*placeholder\\.unfilled"
    ARGS check --fix defects.txt)
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${WORK_DIR}/defects.txt" "${DATA_DIR}/cli/defects-gb18030-crlf.fixed"
                RESULT_VARIABLE same)
expect("--fix wrote exactly the fixed bytes (GB18030, CRLF kept)" same EQUAL 0)
run("--fix again changes nothing" 1 ARGS check --fix defects.txt)
expect("second --fix prints no change" NOT last_stdout MATCHES "已修复")

# ---- ignore add / list / remove -------------------------------------------------------------
file(COPY_FILE "${draft}" "${WORK_DIR}/shimen.txt")
run("ignore one finding" 0 STDOUT "已忽略 shimen\\.txt:9:36.*编号 1" ARGS ignore add shimen.txt --rule wording.confusable --line 9)
run("check leaves it out" 1 STDOUT "另有 1 处已忽略" ARGS check shimen.txt)
expect("the ignored finding is gone" NOT last_stdout MATCHES "良好范围")
run("ignore a rule for the document" 0 STDOUT "关闭规则 placeholder\\.unfilled（编号 2" ARGS ignore add shimen.txt --rule placeholder.unfilled)
run("check without its errors" 0 ARGS check shimen.txt)
run("--no-ignore shows everything" 1 STDOUT "良好范围" ARGS check shimen.txt --no-ignore)
# A copy made outside zongjie, under another name, is the same report (its title).
file(COPY_FILE "${WORK_DIR}/shimen.txt" "${WORK_DIR}/shimen-copy.txt")
run("a renamed copy keeps the ignores" 0 STDOUT "另有 [0-9]+ 处已忽略" ARGS check shimen-copy.txt)
expect("the copy shows no ignored finding" NOT last_stdout MATCHES "良好范围")
run("the copy lists them" 0 STDOUT "wording\\.confusable" ARGS ignore list shimen-copy.txt)
run("ignore list" 0 STDOUT "1　[^\n]*shimen\\.txt　wording\\.confusable.*2　[^\n]*shimen\\.txt　placeholder\\.unfilled　（整条规则）" ARGS ignore list)
run("ignore list json" 0 STDOUT "\"whole_rule\": true" ARGS ignore list shimen.txt --format json)
expect("the store sits beside the database" EXISTS "${WORK_DIR}/corpus.db.ignore.json")
run("ignore remove" 0 STDOUT "已撤销忽略项 2" ARGS ignore remove 2)
run("errors are back" 1 STDOUT "placeholder\\.unfilled" ARGS check shimen.txt)
run("remove an unknown id" 2 STDERR "没有编号为 9" ARGS ignore remove 9)
run("nothing on that line" 2 STDERR "第 3 行" ARGS ignore add shimen.txt --rule wording.confusable --line 3)
run("ignore an unknown rule" 2 STDERR "no\\.such" ARGS ignore add shimen.txt --rule no.such)
run("ignore without subcommand" 2 STDERR "add" ARGS ignore)
run("help lists check and ignore" 0 STDOUT "zongjie check.*zongjie ignore" ARGS --help)

zongjie_cli_finish("check CLI")
message(STATUS "all check CLI cases passed")
