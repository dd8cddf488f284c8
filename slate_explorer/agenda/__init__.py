"""The shared agenda: who counts as the slate, who backs which plank, who endorses whom, who works together.

Plain Python over a loaded `Slate`; views/agenda.py only draws what these modules answer.
"""
