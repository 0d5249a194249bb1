# Makes one program's man page with help2man from its --help and --version, compressed as
# Debian wants it (gzip -9n). Run by packaging/CMakeLists.txt once the program is built:
#   cmake -DHELP2MAN=… -DGZIP=… -DPROGRAM_DIR=… -DPROGRAM=… -DNAME=… -DINCLUDE=… -DOUTPUT=…1 -P ManPage.cmake
#
# The environment is neutral, so nothing of the builder's machine gets into the page: the C
# locale (English whatever the builder speaks); the program found on PATH, since the GUI's
# usage line shows argv[0]; HOME=~, since the CLI names its default database under the home
# directory; and the offscreen platform, since the GUI's --help needs a QApplication but no
# display.
foreach(variable HELP2MAN GZIP PROGRAM_DIR PROGRAM NAME INCLUDE OUTPUT)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "ManPage.cmake: ${variable} is not set")
  endif()
endforeach()
foreach(variable LANGUAGE LANG XDG_DATA_HOME XDG_CONFIG_HOME SUMMIT_DB)
  unset(ENV{${variable}})
endforeach()
set(ENV{LC_ALL} "C.UTF-8")
set(ENV{QT_QPA_PLATFORM} "offscreen")
set(ENV{HOME} "~")
set(ENV{PATH} "${PROGRAM_DIR}:$ENV{PATH}")
execute_process(COMMAND ${HELP2MAN} --no-info --section=1 "--name=${NAME}" --include=${INCLUDE}
                        --output=${OUTPUT} ${PROGRAM}
                COMMAND_ERROR_IS_FATAL ANY)

# help2man fills an indented list under a heading into one paragraph; summit-cli's
# "Commands:" is one command a line, so each line gets a break of its own.
file(READ ${OUTPUT} page)
set(heading ".SS \"Commands:\"\n.IP\n")
string(FIND "${page}" "${heading}" start)
if(start GREATER -1)
  string(LENGTH "${heading}" length)
  math(EXPR start "${start} + ${length}")
  string(SUBSTRING "${page}" 0 ${start} before)
  string(SUBSTRING "${page}" ${start} -1 rest)
  string(FIND "${rest}" "\n.PP\n" end)
  if(end EQUAL -1)
    message(FATAL_ERROR "ManPage.cmake: no paragraph after the commands of ${PROGRAM}")
  endif()
  string(SUBSTRING "${rest}" 0 ${end} commands)
  string(SUBSTRING "${rest}" ${end} -1 after)
  string(REPLACE "\n" "\n.br\n" commands "${commands}")
  file(WRITE ${OUTPUT} "${before}${commands}${after}")
endif()
execute_process(COMMAND ${GZIP} -9nf ${OUTPUT} COMMAND_ERROR_IS_FATAL ANY)
