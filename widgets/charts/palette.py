"""Colours safe for colour-blind readers (Okabe & Ito, 2008, "Color Universal Design").

Charts never rely on colour alone: every coloured mark also carries a text label or a
position that says the same thing.
"""

OKABE_ITO = [
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
]

COMPONENT_COLOURS = {
    "competencies": OKABE_ITO[0],
    "opportunities": OKABE_ITO[1],
    "motivations": OKABE_ITO[2],
    "perceptions": OKABE_ITO[3],
}

TEXT = "#1a1a1a"
