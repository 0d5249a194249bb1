// Compiles nothing of its own: the program that makes a kind of test suite's
// shared precompiled header (tests/CMakeLists.txt, summit_test_pch). Its
// compiler flags are the suites', so every suite of the kind can use it.
