# zongjie_catch_tests(TARGET PREFIX p LABEL l [PROPERTIES name value…]):
# every Catch2 test case of TARGET becomes a CTest test named p<case>.
#
# For every test executable the same rules:
#  * --warn NoAssertions: a test case that asserts nothing fails;
#  * "No tests ran" fails (Catch exits 0 when a name no longer matches);
#  * test cases tagged [user-corpus] read the user's corpus
#    (ZONGJIE_CORPUS_DIR, outside the repository).  They are registered apart
#    with --skip-unless-exists (tests/catch_main.cpp): without the folder
#    CTest shows them as skipped (exit 77), never as passed.  They carry the
#    label "corpus" as well.
#  * hidden test cases ([.known-bug] …) are not registered.
function(zongjie_catch_tests target)
  cmake_parse_arguments(Z "" "PREFIX;LABEL" "PROPERTIES" ${ARGN})
  set(corpus "${ZONGJIE_CORPUS_DIR}")
  if(corpus STREQUAL "")
    set(corpus "ZONGJIE_CORPUS_DIR-not-set")  # an empty argument would be dropped
  endif()
  catch_discover_tests(${target}
    TEST_PREFIX "${Z_PREFIX}"
    TEST_SPEC "~[user-corpus]"
    EXTRA_ARGS --warn NoAssertions
    PROPERTIES LABELS ${Z_LABEL} FAIL_REGULAR_EXPRESSION "No tests ran" ${Z_PROPERTIES})
  catch_discover_tests(${target}
    TEST_PREFIX "${Z_PREFIX}"
    TEST_SPEC "[user-corpus]"
    EXTRA_ARGS --warn NoAssertions --skip-unless-exists "${corpus}"
    PROPERTIES LABELS corpus FAIL_REGULAR_EXPRESSION "No tests ran" SKIP_RETURN_CODE 77
               ENVIRONMENT "ZONGJIE_CORPUS_DIR=${corpus}" ${Z_PROPERTIES})
endfunction()
