"""The question a student meant, without the talk around it.

Students type questions the way they speak: "um what does the cerebellum do", "so like whats a
synapse", "can you tell me how fast impulses travel", "wait what is a lahar again?". The filler
changes nothing about what is asked, but it breaks question analysis (the question word is no
longer first) and adds words the notes never use. `plain_question` takes it off:

- leading hesitations and greetings ("um", "uh", "hmm", "hey", "ok", "sorry", "quick question:"),
  and softer openers ("so", "like", "wait", "well", "and", "actually") when a question follows;
- a request wrapped round the question ("can you tell me", "do you know", "I want to know",
  "remind me") when a question word follows; "do you know what a synapse is" becomes "what is a
  synapse";
- trailing tags ("again", "please", "thanks", "lol", "though", "exactly");
- run-together or misspelt question words: "whats" -> "what is", "whos" -> "who is", "wat" ->
  "what", "wen" -> "when";
- chat spellings and contractions without their apostrophe anywhere in it: "u" -> "you", "ur" ->
  "your", "im" -> "i am", "thats" -> "that is", "every1" -> "everyone", "cos" -> "because";
- "lots of", "a lot of", "loads of" -> "many" (a stop word): how much is said, no word to find.

English conversational phrasing only: no subject's vocabulary. A question with no filler comes
back unchanged (cut to MAX_CHARS, all the search reads), and one that would be left empty is
returned as it was. No pattern here can backtrack over a long input: trailing tags are taken off
word by word.
"""

from __future__ import annotations

import re

from knowledge.search._words import word_set

_QUESTION_WORD = (
    r"(?:what|whats|what's|wat|wats|wot|wots|wht|whts|who|whom|whose|whos|who's|when|whens|when's|wen|where|wheres"
    r"|where's|why|whys|how|hows|how's|which|is|are|was|were|do|does|did|can|could|should|will"
    r"|would|has|have|had|define|explain|name|give|list|describe)\b"
)
_SEPARATOR = r"[\s,.:;!…-]*"
_HESITATION = re.compile(
    r"^(?:u+m+|u+h+m*|e+r+m*|h+m+|a+h+|o+h+|hey|hi|hello|yo|ok|okay|yeah|yep|ya|lol|sorry|pls|plz"
    r"|please|quick\s+question|question|q)\b" + _SEPARATOR,
    re.IGNORECASE,
)
_OPENER = re.compile(
    r"^(?:so|like|well|wait|hang\s+on|right|and|but|also|actually|basically|just|now|then|anyway"
    r"|erm|i\s+mean|one\s+more)\b" + _SEPARATOR + r"(?=" + _QUESTION_WORD + r"|u+m|u+h|like\b)",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"^(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+)?(?:tell|remind|show)\s+"
    r"(?:me|us)|(?:please\s+)?(?:tell|remind)\s+(?:me|us)|do\s+(?:you|u|ya)\s+know"
    r"|does\s+any(?:one|body)\s+know|i\s+(?:want|wanna|need|would\s+like|'d\s+like|d\s+like)"
    r"\s+(?:to\s+)?know|i\s+was\s+wondering|i\s+wonder|any\s+idea|i\s+forgot|i\s+forget"
    r"|i\s+can'?t\s+remember)\b" + _SEPARATOR + r"(?=" + _QUESTION_WORD + ")",
    re.IGNORECASE,
)
_TRAILING = word_set("again please pls plz thanks thx ty lol haha though tho exactly anyway btw")
_TRAILING_PAIRS = frozenset(
    {("thank", "you"), ("then", "again"), ("or", "something"), ("or", "what")}
)
MAX_CHARS = 500  # the search reads no more of a question than this (MAX_QUESTION_CHARS)
# "what a synapse is" (the word order of a question inside a request): back to a question.
_EMBEDDED = re.compile(
    r"^(?P<wh>what|who|where|which)\s+(?P<rest>(?:the|a|an)\s+.+?|\S+(?:\s+\S+){0,3}?)\s+"
    r"(?P<verb>is|are|was|were|does|do|did)\s*(?P<end>[?.!]*)\s*$",
    re.IGNORECASE,
)
_RUN_TOGETHER = {
    "whats": "what is",
    "what's": "what is",
    "wat": "what",
    "wats": "what is",
    "wot": "what",
    "wots": "what is",
    "wht": "what",
    "whts": "what is",
    "whos": "who is",
    "who's": "who is",
    "wheres": "where is",
    "where's": "where is",
    "whens": "when is",
    "when's": "when is",
    "hows": "how is",
    "how's": "how is",
    "whys": "why is",
    "wen": "when",
    "wher": "where",
    "wy": "why",
    "hw": "how",
    "wich": "which",
    "whic": "which",
}
# Chat spellings and contractions typed without their apostrophe, anywhere in the question: "how
# many ppl", "if u comply", "when ur on your own", "how do you say im going to play", "shut cos of
# the plague". Read as the words they stand for (nearly all stop words), they no longer weigh as
# words the notes never use. Only spellings that are no English word of their own ("ill", "were",
# "lets", "id", "hell" are left alone), typed in lower case ("Ur", "U-235" are names), and "cos"
# only before a word ("cos 60", "cos(x)" are the cosine).
_CHAT = {
    "u": "you",
    "ur": "your",
    "im": "i am",
    "ive": "i have",
    "youve": "you have",
    "youre": "you are",
    "theyre": "they are",
    "theyve": "they have",
    "weve": "we have",
    "thats": "that is",
    "theres": "there is",
    "wat": "what",
    "wot": "what",
    "wht": "what",
    "every1": "everyone",
    "some1": "someone",
    "any1": "anyone",
    "b4": "before",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "bcos": "because",
}
_CHAT_WORD = re.compile(r"(?<![\w'’.-])([a-z0-9]+)(?![\w'’-])(?=(\s*\S?))")
_BECAUSE = word_set("cos coz cuz bcos")
_FIRST_WORD = re.compile(r"^([\w'’]+)")
# "how come discharge rises downstream?" asks why: read it so, and "come" is no word to look for.
_HOW_COME = re.compile(r"^(?:how\s+come|how\s+comes|howcome)\b", re.IGNORECASE)
# "what actually is weight?", "where exactly was the battle fought?": the adverb after the
# question word only stresses it; left there, it read as the kind of thing asked for
_STRESSED = re.compile(
    r"^(what|who|where|when|why|how|which)\s+(?:actually|exactly|really|even|basically)\s+",
    re.IGNORECASE,
)


def plain_question(question: str) -> str:
    """`question` without the filler around it (see the module docstring)."""
    text = " ".join(question[:MAX_CHARS].split())
    requested = False
    while True:
        for pattern in (_HESITATION, _OPENER, _REQUEST):
            match = pattern.match(text)
            if match is not None and match.end() < len(text):
                requested = requested or pattern is _REQUEST
                text = text[match.end() :]
                break
        else:
            break
    text = _without_trailing_tags(text)
    if requested and (embedded := _EMBEDDED.match(text)) is not None:
        wh, verb, rest, end = embedded["wh"], embedded["verb"], embedded["rest"], embedded["end"]
        if verb.casefold() in {"does", "do", "did"}:  # "what the cerebellum does"
            text = f"{wh} {verb} {rest} do{end}"
        else:  # "what a synapse is"
            text = f"{wh} {verb} {rest}{end}"
    text = _CHAT_WORD.sub(_chat_word, text)
    first = _FIRST_WORD.match(text)
    if first is not None:
        word = first.group(1).replace("’", "'")
        expanded = _RUN_TOGETHER.get(word.casefold())
        if expanded is not None:
            text = expanded + text[first.end() :]
    text = _STRESSED.sub(r"\1 ", text)
    text = _PERCENT_WORD.sub("percentage", text)  # "what % conformed?": "what percentage …"
    text = _LOTS_OF.sub("many", text)  # "who controls lots of favelas": "many", a stop word
    how_come = _HOW_COME.match(text)
    if how_come is not None and how_come.end() < len(text.rstrip("?.! ")):
        text = "why" + text[how_come.end() :]
    return text if text.strip(" ?.!,") else question[:MAX_CHARS]


# "lots of", "a lot of", "loads of": how much is said, not a word the notes use ("many areas").
_LOTS_OF = re.compile(r"\b(?:a\s+lot|lots|a\s+load|loads)\s+of\b", re.IGNORECASE)

# A per cent sign standing as a word, not after a figure ("50%"): the word "percentage".
_PERCENT_WORD = re.compile(r"(?<![\w%])%(?![\w%])")


def _chat_word(match: re.Match[str]) -> str:
    """The word a chat spelling stands for ("ppl" is the notes' own shorthand, read there)."""
    word, after = match.group(1), match.group(2)
    full = _CHAT.get(word)
    if full is None or (word in _BECAUSE and not after.strip().isalpha()):
        return match.group(0)
    return full


def _without_trailing_tags(text: str) -> str:
    """`text` without "again", "please", "thanks", "lol"… at its end; its closing "?" kept.
    Word by word, not by a regular expression: no input can make it backtrack."""
    body = text.rstrip()
    core = body.rstrip("?.!")
    end = body[len(core) :]
    while True:
        words = core.rstrip(" ,").rsplit(None, 2)
        folded = [word.casefold() for word in words]
        if len(words) >= 2 and folded[-1] in _TRAILING:
            core = core.rstrip(" ,")[: -len(words[-1])]
        elif len(words) >= 3 and (folded[-2], folded[-1]) in _TRAILING_PAIRS:
            core = core.rstrip(" ,")[: -len(words[-1])].rstrip()[: -len(words[-2])]
        else:
            break
    return core.rstrip(" ,") + end if core.strip() else text
