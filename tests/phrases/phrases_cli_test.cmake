# zongjie phrases / suggest from the command line: learn a few reports into a
# scratch database, then ordinary and odd queries (always exit 0), JSON
# output, and bad usage (exit 2 with a message).  The user's corpus:
# phrases_cli_corpus_test.cmake.
#
#   cmake -DZONGJIE=<zongjie> -DWORK_DIR=<scratch> -P phrases_cli_test.cmake
cmake_minimum_required(VERSION 3.25)

include("${CMAKE_CURRENT_LIST_DIR}/../cmake/zongjie_cli.cmake")
zongjie_cli_require(phrases_cli_test.cmake ZONGJIE WORK_DIR)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/reports")

# Two invented reports of two years; the same sentence in both.
foreach(year 2022 2023)
  math(EXPR next "${year} + 1")
  file(WRITE "${WORK_DIR}/reports/r${year}.txt"
"西岭乡${year}年工作总结及${next}年工作计划
${year}年，西岭乡各项工作稳步推进。
一、${year}年工作总结
（一）抓实党建引领，夯实基层基础
党建工作扎实推进。开展主题党日活动${year}场。支部建设规范有序。完成 EOD 项目申报。
（二）改善人居环境，推进垃圾分类
垃圾分类全面铺开。全乡垃圾分类覆盖率达到百分之九十。
二、${next}年工作计划
（一）固成果、促振兴，推动经济发展
招商引资再加力。力争签约项目。项目建设再提速。加快推进重点项目。
")
endforeach()
set(db "${WORK_DIR}/corpus.db")
run("learn" 0 ARGS learn "${WORK_DIR}/reports" --db "${db}" --quiet)

run("phrases 3+ characters" 0 STDOUT "垃圾分类.*r202[23]\\.txt:[0-9]+" ARGS phrases 垃圾分类 --db "${db}")
run("phrases 2 characters" 0 STDOUT "党建" ARGS phrases 党建 --db "${db}")
run("phrases 1 character" 0 STDOUT "党" ARGS phrases 党 --db "${db}")
run("phrases folded with a count" 0 STDOUT "共 2 处" ARGS phrases 开展主题党日 --db "${db}")
run("phrases json" 0 STDOUT "\"file\"" ARGS phrases 垃圾分类 --db "${db}" --format json)
string(JSON n ERROR_VARIABLE e LENGTH "${last_stdout}")
string(JSON file ERROR_VARIABLE e2 GET "${last_stdout}" 0 file)
string(JSON line ERROR_VARIABLE e3 GET "${last_stdout}" 0 line)
string(JSON part ERROR_VARIABLE e4 GET "${last_stdout}" 0 part)
string(JSON year ERROR_VARIABLE e5 GET "${last_stdout}" 0 year)
if(e OR e2 OR e3 OR e4 OR e5 OR n LESS 1 OR NOT file MATCHES "r202[23]\\.txt$" OR line LESS 1 OR NOT part STREQUAL "summary"
   OR NOT year STREQUAL "2023")
  message("FAIL  phrases json fields: n=${n} file=${file} line=${line} part=${part} year=${year} ${e}${e2}${e3}${e4}${e5}")
  math(EXPR failures "${failures} + 1")
endif()
run("phrases filters" 0 STDOUT "固成果" ARGS phrases 固成果 --db "${db}" --part plan --theme 经济发展 --year 2023 --limit 1)
run("phrases filter excludes" 0 ARGS phrases 固成果 --db "${db}" --part summary --format json)
string(JSON n ERROR_VARIABLE e LENGTH "${last_stdout}")
if(e OR NOT n EQUAL 0)
  message("FAIL  phrases filter excludes: ${n} hits ${e}")
  math(EXPR failures "${failures} + 1")
endif()

# Odd queries: literal text, exit 0.
foreach(q "\"" "\"OR\"" "OR" "NEAR(党建 垃圾)" "党建 OR 民生" "*" "党*" "(" ")" "text:党建" "-" "-x" "-OR-"
          "' OR 1=1 --" "%" "_" "😀" "  " "　" "x")
  run("odd query «${q}»" 0 ARGS phrases "${q}" --db "${db}")
endforeach()
# (An empty argument cannot be passed through a CMake list: the C++ tests cover "".)
run("query after --" 0 ARGS phrases --db "${db}" -- --limit)
string(REPEAT "很长的查询" 2000 long)
run("very long query" 0 ARGS phrases "${long}" --db "${db}")
run("words are one query" 0 STDOUT "完成 EOD 项目申报" ARGS phrases 完成 EOD --db "${db}")
run("json of nothing" 0 ARGS phrases "没有这句话" --db "${db}" --format json)
string(JSON n ERROR_VARIABLE e LENGTH "${last_stdout}")
if(e OR NOT n EQUAL 0)
  message("FAIL  json of nothing: ${n} ${e}")
  math(EXPR failures "${failures} + 1")
endif()

# Bad usage and bad input: exit 2.
run("no query" 2 STDERR "需要要查找的文字" ARGS phrases --db "${db}")
run("unknown option" 2 STDERR "--lmit" ARGS phrases 党建 --db "${db}" --lmit 5)
run("bad limit" 2 STDERR "--limit" ARGS phrases 党建 --db "${db}" --limit 0)
run("bad part" 2 STDERR "--part" ARGS phrases 党建 --db "${db}" --part summery)
run("missing database" 2 STDERR "nowhere\\.db" ARGS phrases 党建 --db "${WORK_DIR}/nowhere.db")

# Suggestions.
run("suggest" 0 STDOUT "固成果、促振兴" ARGS suggest --db "${db}" --part plan --theme 经济发展)
run("suggest json" 0 STDOUT "\"sources\"" ARGS suggest --db "${db}" --part plan --format json)
run("suggest needs a part" 2 STDERR "--part" ARGS suggest --db "${db}")

zongjie_cli_finish("phrases CLI")
