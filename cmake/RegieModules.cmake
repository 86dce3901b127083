# regie_core_module(NAME [DEPENDS mod...] [QT comp...] [LIBS lib...])
# Each core/<name>/ folder is its own static library (regie_<name>), sources found by
# glob, so modules can grow independently; regie_core links them all.
function(regie_core_module name)
  cmake_parse_arguments(ARG "" "" "DEPENDS;QT;LIBS" ${ARGN})
  file(GLOB _src CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
  add_library(regie_${name} STATIC ${_src})
  add_library(regie::${name} ALIAS regie_${name})
  target_include_directories(regie_${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  target_link_libraries(regie_${name} PUBLIC Qt6::Core PRIVATE regie_warnings)
  foreach(dep IN LISTS ARG_DEPENDS)
    target_link_libraries(regie_${name} PUBLIC regie_${dep})
  endforeach()
  foreach(comp IN LISTS ARG_QT)
    target_link_libraries(regie_${name} PUBLIC Qt6::${comp})
  endforeach()
  if(ARG_LIBS)
    target_link_libraries(regie_${name} PUBLIC ${ARG_LIBS})
  endif()
  set_property(GLOBAL APPEND PROPERTY REGIE_CORE_MODULES regie_${name})
endfunction()

# regie_add_test(NAME SOURCES... [LIBS ...] [LABELS ...])
# A Qt Test executable, registered with CTest and run headless.
function(regie_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE Qt6::Test regie_warnings ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE REGIE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                                             REGIE_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false"
    LABELS "${ARG_LABELS}" TIMEOUT 600)
endfunction()
