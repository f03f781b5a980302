"""Hints one after another: each `/hint` on the same question says more than the last, then says there are
no more — rather than repeating itself.

- options: the question's own hint, then another wrong option ruled out while one wrong option still
  stands (the answer is never left alone);
- typed answers: the question's own hint, then the first half of each word's letters;
- chronology, matching and true/false: their one hint (a second year would all but give the order away).
"""

from __future__ import annotations

from bot.questions import Question, QuestionKind

NO_MORE = (
    "No more hints for this one — answer it, /skip to see the answer, or /stop to end the quiz."
)


def hint_steps(question: Question, first: str) -> list[str]:
    """The hints `/hint` gives for `question`, in order; `first` is its own (or the fallback) hint."""
    steps = [first]
    if question.ordered or question.kind is QuestionKind.TRUE_FALSE:
        return steps
    if question.options:
        wrong = [i for i in range(len(question.options)) if i not in question.correct]
        standing = [i for i in wrong if _quoted(question.options[i]) not in first]
        while len(standing) >= 2:
            also = " either" if len(standing) < len(wrong) else ""
            steps.append(f"It isn't {_quoted(question.options[standing.pop()])}{also}.")
        return steps
    answer = question.answers[0] if question.answers else ""
    more = _half_letters(answer)
    if more and more not in first:
        steps.append(f"{more} ({_size(answer)})")
    return steps


def _half_letters(answer: str) -> str:
    """ "Khrushchev" -> "K h r u s _ _ _ _ _": the first half of each word's letters and digits."""
    shown: list[str] = []
    revealed_any = False
    for word in answer.split():
        letters = [char for char in word if char.isalnum()]
        keep = max(1, (len(letters) + 1) // 2)
        seen = 0
        chars: list[str] = []
        for char in word:
            if char.isalnum():
                seen += 1
                chars.append(char if seen <= keep else "_")
                revealed_any = revealed_any or (seen > 1 and seen <= keep)
            else:
                chars.append(char)
        shown.append(" ".join(chars))
    return "   ".join(shown) if revealed_any else ""


def _size(answer: str) -> str:
    words = answer.split()
    if len(words) > 1:
        return f"{len(words)} words"
    letters = sum(char.isalnum() for char in answer)
    kind = "digits" if answer.isdigit() else "letters"
    return f"{letters} {kind}"


def _quoted(text: str) -> str:
    return f"‘{text}’" if "“" in text or "”" in text else f"“{text}”"
