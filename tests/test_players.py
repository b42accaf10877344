"""A web video player's interface copied with an article (Video.js's and MediaElement.js's labels, time
displays and dialogs): never text, and never what parts the text's paragraphs."""

from __future__ import annotations

import sys
from pathlib import Path

import beritaparse
from beritaparse.model import RemovedReason
from beritaparse.paste.layout import player_lines

sys.path.insert(0, str(Path(__file__).parent))
from scramble import scramble

HEAD = "Banjir Rendam Ratusan Rumah di Jakarta\nKompas.com - 02/01/2024, 08:00 WIB\n"
LEAD = (
    "JAKARTA, KOMPAS.com - Banjir merendam ratusan rumah warga di Kampung Melayu sejak Selasa pagi dengan "
    "ketinggian air mencapai satu meter."
)
REST = (
    "Sebanyak 1.200 warga mengungsi ke masjid dan sekolah terdekat karena rumah mereka terendam air, kata "
    "Lurah Kampung Melayu.\n"
    "Hujan deras sejak Senin malam membuat Sungai Ciliwung meluap dan air masuk ke permukiman warga di "
    "bantaran sungai."
)
# What a copy of a page with a Video.js player (its default English strings) holds, line for line.
VIDEO_JS = """Video Player is loading.
Play Video
Play
Mute
Current Time 0:00
/
Duration 0:00
Loaded: 0%
Stream Type LIVE
Seek to live, currently playing live
LIVE
Remaining Time -0:00
1x
Playback Rate
Chapters
Chapters
Descriptions
descriptions off, selected
Captions
captions settings, opens captions settings dialog
captions off, selected
Audio Track
Picture-in-Picture
Fullscreen
This is a modal window.
Beginning of dialog window. Escape will cancel and close the window.
TextColorWhiteBlackRedGreenBlueYellowMagentaCyanTransparencyOpaqueSemi-TransparentBackgroundColorBlack
Reset restore all settings to the default values Done
Close Modal Dialog
End of dialog window."""
# WordPress's own player (MediaElement.js), as a copy of a regional site's page holds it.
MEDIA_ELEMENT = """Video Player
Media error: Format(s) not supported or source(s) not found
Download File: https://warta.example.id/wp-content/uploads/2024/01/banjir.mp4
00:00
00:00
00:00
Use Up/Down Arrow keys to increase or decrease volume."""


def test_a_player_between_the_lead_and_the_text_parts_nothing() -> None:
    art = beritaparse.parse_text(f"{HEAD}{LEAD}\n{VIDEO_JS}\n{REST}\n")
    # The lead is the text's first paragraph, not a standfirst over a text opening below the player.
    assert art.paragraphs[0] == LEAD.removeprefix("JAKARTA, KOMPAS.com - ")
    assert len(art.paragraphs) == 3
    assert "dialog" not in art.text
    assert "Loaded" not in art.text
    player = [r.text for r in art.removed if r.reason is RemovedReason.MEDIA]
    assert "Current Time 0:00" in player
    assert "Play" in player


def test_a_sentence_the_player_cuts_is_joined_again() -> None:
    cut = LEAD.rsplit(" ", 6)
    text = f"{HEAD}{cut[0]}\n{MEDIA_ELEMENT}\n{' '.join(cut[1:])}\n{REST}\n"
    art = beritaparse.parse_text(text)
    assert art.paragraphs[0] == LEAD.removeprefix("JAKARTA, KOMPAS.com - ")
    assert "Download File" not in art.text
    assert "00:00" not in art.text


def test_a_button_word_alone_is_no_player() -> None:
    """A subheading or a line that is also a player's button ("Live", "Play", "Text") stays where no line
    only a player shows stands beside it; a sentence about a player is prose."""
    lines = ["Play", "Live", LEAD, "Text", "Video Player is loading. Begitu pesan yang muncul di layar kami."]
    assert player_lines(lines) == []
    assert player_lines(["Intro", "Video Player is loading.", "Play Video", "Tutup", "Play"]) == [1, 2]


def test_the_players_lines_on_a_page_without_its_class_names() -> None:
    """On a page its classes name the player ("vjs-control-bar"); with every class and id renamed its own
    lines still say what they are."""
    label = '<span class="vjs-control-text">'
    dom = (
        '<div class="video-js" role="region" aria-label="Video Player"><video class="vjs-tech" src="a.mp4">'
        f'</video><div class="vjs-loading-spinner">{label}Video Player is loading.</span>'
        f'</div><div class="vjs-current-time">{label}Current Time&nbsp;</span>'
        f'<span>0:00</span></div><div class="vjs-duration">{label}Duration&nbsp;</span>'
        f'<span>0:00</span></div><div class="vjs-load-progress">{label}<span>Loaded'
        '</span>: <span>0%</span></span></div><div class="vjs-modal-dialog" role="dialog">'
        '<p class="vjs-control-text">Beginning of dialog window. Escape will cancel and close the window.</p>'
        '<p class="vjs-control-text">End of dialog window.</p></div></div>'
    )
    page = (
        "<html><head><title>Banjir Rendam Ratusan Rumah - Warta</title></head><body><article>"
        f"<h1>Banjir Rendam Ratusan Rumah</h1><div class='entry-content'><p>{LEAD}</p>{dom}"
        + "".join(f"<p>{p}</p>" for p in REST.splitlines())
        + "</div></article></body></html>"
    ).encode()
    for markup in (page, scramble(page)):
        art = beritaparse.parse(markup)
        assert len(art.paragraphs) == 3, art.paragraphs
        assert "Current Time" not in art.text
        assert "dialog window" not in art.text
