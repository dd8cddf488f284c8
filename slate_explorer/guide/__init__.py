"""What a voter takes away: an election calendar (.ics) and a printable one-page guide for their districts."""
