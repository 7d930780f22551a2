"""Language data, direction detection, quotation marks and counts. No Qt."""
