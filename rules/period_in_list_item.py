"""箇条書きの項目の末尾の句点をそろえる（textlint-rule-period-in-list-item 1.0.1 互換）。

Each list item's first paragraph (its source, markup included) is looked at from its
end.  With the default ``periodMark`` ``""`` an item must not end with a period mark:
a final ``.``, ``。`` or ``．`` (``periodMarks``) is reported, and ``--fix`` deletes it.
With a ``periodMark`` such as ``"。"`` every item must end with it: another period mark
is reported (``--fix`` replaces it), a missing one too (``--fix`` appends it only with
``forceAppendPeriod``).  ``! ? ！ ？ ) ） 」 』`` at the end are always accepted, an emoji
with ``allowEmoji``; an item that is only a link is not checked (``ignoreLinkEnd``),
nor items of numbered lists with ``allowOrderedList``.  Reported at the mark, or at the
last character.

Options: ``periodMark`` (""), ``periodMarks`` ([".", "。", "．"]), ``ignoreLinkEnd``
(true), ``allowPeriodMarks`` ([], accepted but unused, as in 1.0.1), ``allowEmoji``
(false), ``allowOrderedList`` (false), ``forceAppendPeriod`` (false).

    OK:  - 材料をそろえる
    NG:  - 材料をそろえる。
"""

from postlint.rules._textlint import JS_SPACE, str_pieces, textlint_type
from postlint.rules._textlint_ja import report_at_index
from postlint.rules.ja_no_mixed_period import ending, is_emoji

ID = "period-in-list-item"
NODES = ("ListItem",)
OPTIONS = {"periodMark": str, "periodMarks": [str], "ignoreLinkEnd": bool, "allowPeriodMarks": [str],
           "allowEmoji": bool, "allowOrderedList": bool, "forceAppendPeriod": bool}
DEFAULTS = {"periodMark": "", "periodMarks": [".", "。", "．"], "ignoreLinkEnd": True, "allowPeriodMarks": [],
            "allowEmoji": False, "allowOrderedList": False, "forceAppendPeriod": False}
FIXABLE = True


def _only_a_link(para, ctx) -> bool:
    """Whether the paragraph's one child is a link in textlint's tree (a bare URL is one)."""
    if len(para.children) != 1:
        return False
    child = para.children[0]
    if child.type == "Str":
        pieces = str_pieces(child, ctx)
        return len(pieces) == 1 and pieces[0][2]
    return textlint_type(child, ctx.text) == "Link"


def _emoji_accepted(text: str, ctx) -> bool:
    """Whether check-ends-with-period accepts the emoji ``text`` ends with.  Its emoji regex
    is global (``g``): after a match, its next test starts past the end of the one
    character it is given and fails (resetting it), so of items ending in an emoji one
    after another, every second one is reported.  The state is kept per file here (in
    textlint it runs on from file to file)."""
    last = text[-1]
    if last in JS_SPACE or ending(text, (), False)[0]:
        return False  # white space and ``!?」…`` are decided before the emoji test
    state = ctx.memo((ID, "emoji regex after a match"), dict)
    hit = is_emoji(last) and not state.get("after")
    state["after"] = hit
    return hit


def check(node, opts, ctx):
    if opts["allowOrderedList"] and node.parent is not None and node.parent.data.get("ordered"):
        return
    para = next((child for child in node.children if child.type == "Paragraph"), None)
    if para is None or para.end <= para.start:
        return
    text = ctx.text[para.start:para.end]
    prefer = opts["periodMark"]
    marks = [mark for mark in (*opts["periodMarks"], prefer) if mark]  # ("" ends every text: JS's find skips it)
    if not prefer:
        _valid, mark, index = ending(text, marks, False)
        if mark in marks:
            at = para.end - len(mark)
            yield report_at_index(ctx, para.start, index, f"箇条書きの項目の末尾の「{mark}」は要りません。削除してください。",
                                  end=para.end, fix=ctx.fix(at, para.end, ""))
        return
    if opts["ignoreLinkEnd"] and _only_a_link(para, ctx):
        return
    if opts["allowEmoji"] and _emoji_accepted(text, ctx):
        return
    valid, mark, index = ending(text, marks, False)
    if valid:
        if mark not in marks or mark == prefer:
            return  # an exception mark (!?」…), an emoji, or the preferred mark itself
        at = para.end - len(mark)
        yield report_at_index(ctx, para.start, index, f"箇条書きの項目の末尾は「{mark}」でなく「{prefer}」にしてください。",
                              end=para.end, fix=ctx.fix(at, para.end, prefer))
        return
    # ``index`` counts code points, used by textlint as a UTF-16 offset: its appended mark
    # lands inside the text after an emoji; ours goes after the last character
    real = para.start + index + 1
    fix = ctx.fix(real, real, prefer) if opts["forceAppendPeriod"] else None
    yield report_at_index(ctx, para.start, index, f"箇条書きの項目の末尾に「{prefer}」がありません。「{prefer}」で終えてください。",
                          end=para.end, fix=fix)
