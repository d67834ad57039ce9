"""`make bench`: measured figures, printed and written to bench/latest-report.txt."""
