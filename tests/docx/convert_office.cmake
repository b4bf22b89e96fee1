# CTest fixture docx:office-convert: examples/*.txt and, when present, the
# user's corpus converted to .docx by LibreOffice, in one soffice run (its
# start-up is the slow part) with a private profile.  Without soffice the
# folder stays empty and the tests that need it are skipped.
#   -DOUT=folder -DEXAMPLES=examples folder -DCORPUS=corpus folder or ""
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}/txt")
find_program(SOFFICE NAMES soffice libreoffice)
if(NOT SOFFICE)
  message(STATUS "soffice not found: the LibreOffice tests are skipped")
  return()
endif()
file(GLOB inputs "${EXAMPLES}/*.txt")
if(CORPUS AND IS_DIRECTORY "${CORPUS}")
  file(GLOB corpus_inputs "${CORPUS}/*.txt")
  list(APPEND inputs ${corpus_inputs})
endif()
set(copies)
foreach(f IN LISTS inputs)
  get_filename_component(name "${f}" NAME)
  configure_file("${f}" "${OUT}/txt/${name}" COPYONLY)
  list(APPEND copies "${OUT}/txt/${name}")
endforeach()
execute_process(
  COMMAND "${SOFFICE}" "-env:UserInstallation=file://${OUT}/profile" --headless
          "--infilter=Text (encoded):UTF8,LF,,," --convert-to "docx:MS Word 2007 XML" --outdir "${OUT}" ${copies}
  RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log TIMEOUT 300)
file(GLOB made "${OUT}/*.docx")
list(LENGTH inputs wanted)
list(LENGTH made got)
if(NOT rc EQUAL 0 OR NOT got EQUAL wanted)
  message(FATAL_ERROR "soffice converted ${got} of ${wanted} files (exit ${rc}):\n${log}")
endif()
file(REMOVE_RECURSE "${OUT}/profile" "${OUT}/txt")
file(WRITE "${OUT}/converted" "${got}\n")
