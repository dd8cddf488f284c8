"""The House as data: each seat's member, their caucuses (blocs) and the district's 2024 presidential result
(`seats.py`), the caucus a seat is coloured by (`blocs.py`), the dates every count carries (`dates.py`),
Democratic seats outside the Progressive Caucus where a primary could be won (`targets.py`), the
Progressive Caucus after N of the safest such seats change hands (`safest.py`) and Find's sentence
(`sentence.py`). All of it reads the version's optional House tables; a version without them has no seats."""
