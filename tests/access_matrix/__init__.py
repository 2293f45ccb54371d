"""The generated access-control matrix (tests/test_access_matrix.py): its data set, table and readers."""
