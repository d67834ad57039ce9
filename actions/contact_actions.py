"""Actions that talk to Agent Assist: save, update and delete the contact, plus cancel and "forget me".

Each API failure becomes what the caller hears; nothing the caller gave is
dropped because the API failed, so "try again" can save it later. Cancel, delete and "forget me"
end with the erasure marker (``actions/erasure.py``): the tracker store then erases the
conversation's personal data, and the caller hears whether it did.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from . import metadata, next_session, replies, save_limit, service
from .agentassist import (
    AgentAssistError,
    ContactDetails,
    ContactRejected,
    DuplicatePhoneNumber,
    NotAuthorised,
    NotFound,
    RateLimited,
    SettingsError,
    find_earlier_save,
    mask_number,
    mask_text,
)
from .contact_form import context_for, language_of
from .contact_slots import PHONE_SLOTS, as_events, cleared, details_from, forget_contact
from .erasure import ERASABLE_SLOT, MARKER_SLOT
from .interpret import interpret_change, request_of
from .normalise.message import Message, message
from .normalise.vocabulary import vocabulary
from .speaker import Speaker

log = logging.getLogger(__name__)


def _complete(slots: dict[str, Any]) -> bool:
    return all(
        slots.get(k) for k in ("salutation", "first_name", "last_name", "phone_number", "country_code")
    )


def _api_text(exc: Exception, details: ContactDetails | None = None) -> str:
    """What the API said, fit for a log line: numbers and the caller's names masked, one line."""
    names = (details.first_name, details.last_name) if details is not None else ()
    return mask_text(getattr(exc, "api_message", "") or "", names)


def _explain_failure(
    speaker: Speaker,
    exc: Exception,
    what: str,
    masked: str,
    details: ContactDetails | None = None,
) -> None:
    """Log what an operator needs and tell the caller what they need; never the token or number."""
    if isinstance(exc, SettingsError):
        log.error(
            "cannot %s contact: settings are wrong (%s); fix the KORE_* variables",
            what,
            "; ".join(exc.problems),
        )
        speaker.say(message("misconfigured"))
    elif isinstance(exc, NotAuthorised):
        log.error(
            "cannot %s contact %s: Agent Assist refused the credentials (status %s: %s); "
            "check KORE_CLIENT_ID, KORE_CLIENT_SECRET, KORE_ACCOUNT_ID and KORE_STREAM_ID",
            what,
            masked,
            exc.status,
            _api_text(exc, details),
        )
        speaker.say(message("misconfigured"))
    elif isinstance(exc, RateLimited):
        log.warning(
            "cannot %s contact %s now: rate limited (retry after %s s)", what, masked, exc.retry_after
        )
        speaker.say(message("busy"))
    else:
        log.warning(
            "cannot %s contact %s now: %s (status %s: %s)",
            what,
            masked,
            mask_text(str(exc)),
            getattr(exc, "status", None),
            _api_text(exc, details),
        )
        speaker.say(message("unavailable"))


class ActionCreateContact(Action):
    """Runs when the form is complete, and again on "try again" after a failed save."""

    def name(self) -> str:
        return "action_create_contact"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        speaker = Speaker(dispatcher, tracker)
        slots = tracker.slots
        if not slots.get("confirmed") or not _complete(slots):
            if tracker.latest_message.get("intent", {}).get("name") in ("try_again", "affirm"):
                speaker.say(message("nothing_to_save"))
            return []
        voice = metadata.spells_digits(tracker)
        if slots.get("contact_id") and not slots.get("pending_save"):
            # Slack re-sends a message it thinks timed out: saying the id again is the idempotent answer.
            speaker.say(message("saved", contact_id=replies.contact_id_for(slots["contact_id"], voice)))
            return []
        details = details_from(slots)
        masked = mask_number(details.phone_number, details.country_code)
        now = time.time()
        times = save_limit.recent(slots.get(save_limit.SLOT), now)
        try:
            limit = save_limit.saves_per_minute()
        except ValueError:
            limit = save_limit.DEFAULT_PER_MINUTE  # the start-up check has said what is wrong
        if len(times) >= limit:
            log.warning(
                "save of %s refused: this conversation made %d saves in the last minute (%s=%d)",
                masked,
                len(times),
                save_limit.SETTING,
                limit,
            )
            speaker.say(message("save_limit", count=len(times)))
            return [SlotSet("pending_save", True), SlotSet("save_failed", True)]
        spent = SlotSet(save_limit.SLOT, [*times, now])  # every attempt that reaches the API counts
        try:
            saved = await service.batcher().create(details)
        except DuplicatePhoneNumber:
            earlier = await find_earlier_save(service.api(), details) if slots.get("pending_save") else None
            if earlier is not None:
                log.info("an earlier attempt had saved %s as %s", masked, earlier.id)
                speaker.say(message("saved", contact_id=replies.contact_id_for(earlier.id, voice)))
                return next_session.start_next(
                    slots,
                    [
                        SlotSet("contact_id", earlier.id),
                        SlotSet("pending_save", None),
                        spent,
                        SlotSet(next_session.SAVED_SLOT, next_session.with_saved(slots, earlier.id)),
                    ],
                )
            log.info("create refused: %s is already saved", masked)
            speaker.say(message("duplicate"))
            return [
                *as_events(cleared(PHONE_SLOTS)),
                SlotSet("use_caller_number", False),
                SlotSet("confirmed", None),
                SlotSet("pending_save", None),
                FollowupAction("contact_form"),
                spent,
            ]
        except ContactRejected as exc:
            log.warning("create of %s refused as invalid: %s", masked, _api_text(exc, details))
            speaker.say(message("rejected"))
            return [
                SlotSet("confirmed", None),
                SlotSet("awaiting_change", True),
                SlotSet("pending_save", None),
                FollowupAction("contact_form"),
                spent,
            ]
        except (AgentAssistError, SettingsError) as exc:
            _explain_failure(speaker, exc, "save", masked, details)
            return [SlotSet("pending_save", True), SlotSet("save_failed", True), spent]
        log.info("saved contact %s for %s", saved.id, masked)
        speaker.say(message("saved", contact_id=replies.contact_id_for(saved.id, voice)))
        saved_events: list[EventType] = [
            SlotSet("contact_id", saved.id),
            SlotSet("pending_save", None),
            spent,
            SlotSet(next_session.SAVED_SLOT, next_session.with_saved(slots, saved.id)),
        ]
        queue = list(slots.get("contact_queue") or [])
        if queue:  # the message held several contacts: the form goes on with the next one's read-back
            speaker.say(message("next_contact", count=len(queue)))
            return [
                *saved_events,
                SlotSet("next_contact", queue[0]),
                SlotSet("contact_queue", queue[1:] or None),
                FollowupAction("contact_form"),
            ]
        # The conversation goes on in a session of its own: later turns read back none of this one.
        return next_session.start_next(slots, saved_events)


def _text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def _start_form_instead(tracker: Tracker) -> list[EventType]:
    """The words asked to save a contact though NLU heard another intent: start the form on this message."""
    log.info(
        "intent %s, but the text asks to save a contact: starting the form",
        (tracker.latest_message.get("intent") or {}).get("name"),
    )
    keep = {"caller_number": tracker.get_slot("caller_number")}
    return [*forget_contact(), *as_events(keep), FollowupAction("contact_form")]


_FIELD_LABELS = (  # the changed field's name, by message id
    ("salutation", "field_salutation"),
    ("first_name", "field_first_name"),
    ("last_name", "field_last_name"),
    ("phone_number", "field_phone_number"),
    ("extension", "field_extension"),
    ("country", "field_phone_number"),
)


class ActionUpdateContact(Action):
    """ "Change my last name to Smith" after the save: PUT on the same id."""

    def name(self) -> str:
        return "action_update_contact"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        speaker = Speaker(dispatcher, tracker)
        if tracker.active_loop_name == "contact_form":
            dispatcher.utter_message(response="utter_ask_change_request")
            return [FollowupAction("contact_form")]
        contact_id = tracker.get_slot("contact_id")
        if not contact_id:
            if request_of(_text(tracker), words=vocabulary(language_of(tracker))) == "save_contact":
                return _start_form_instead(tracker)
            speaker.say(message("no_saved_contact"))
            return []
        slots = dict(tracker.slots)
        voice = metadata.spells_digits(tracker)
        which = _only_latest(slots, contact_id, voice)
        reading = interpret_change(_text(tracker), context_for(tracker, slots, None))
        if reading.kind == "refusal":
            speaker.say(*reading.say[:-1], message("unchanged", reason=reading.say[-1]), *which)
            return []
        changes = {k: v for k, v in reading.slots.items() if k not in ("confirmed", "awaiting_change")}
        if reading.kind != "correction" or all(
            v is None for v in changes.values()
        ):  # a field with no new value
            speaker.say(message("update_how"), *which)
            return []
        if changes.get("pending_phone"):
            speaker.say(message("update_needs_country_code"))
            return []
        new = {**slots, **changes}
        details: ContactDetails = details_from(new)
        masked = mask_number(details.phone_number, details.country_code)
        try:
            await service.api().update_contact(contact_id, details)
        except DuplicatePhoneNumber:
            speaker.say(message("update_duplicate"))
            return []
        except NotFound:
            speaker.say(message("no_saved_contact"))
            return [SlotSet("contact_id", None)]
        except (AgentAssistError, SettingsError) as exc:
            _explain_failure(speaker, exc, "update", masked, details)
            return []
        label = next(label for slot, label in _FIELD_LABELS if slot in changes)
        if "first_name" in changes and "last_name" in changes:
            label = "field_name"
        speaker.say(
            message(
                "updated",
                field=message(label),
                contact_id=replies.contact_id_for(contact_id, voice),
                summary=replies.summary(new, voice),
            )
        )
        return as_events(changes)


class ActionDeleteContact(Action):
    def name(self) -> str:
        return "action_delete_contact"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        speaker = Speaker(dispatcher, tracker)
        if request_of(_text(tracker), words=vocabulary(language_of(tracker))) == "save_contact":
            return _start_form_instead(tracker)  # "I want to register my phone number" is no deletion
        contact_id = tracker.get_slot("contact_id")
        earlier = _earlier_id_named(tracker, contact_id)
        if earlier is not None:
            return await _delete_earlier(speaker, tracker, earlier)
        if not contact_id:
            speaker.say(message("no_saved_contact"))
            return []
        try:
            await service.api().delete_contact(contact_id)
        except NotFound:
            pass  # already gone: the caller's wish is fulfilled
        except (AgentAssistError, SettingsError) as exc:
            _explain_failure(speaker, exc, "delete", contact_id)
            return []
        erasable = _erasable(tracker)
        voice = metadata.spells_digits(tracker)
        deleted = message("deleted", contact_id=replies.contact_id_for(contact_id, voice))
        speaker.say(deleted, message("erased" if erasable else "kept"))
        left = next_session.without(tracker.slots, contact_id)
        return [*forget_contact(), SlotSet(next_session.SAVED_SLOT, left), _erase(self.name())]


def _only_latest(slots: dict[str, Any], contact_id: str, voice: bool) -> tuple[Message, ...]:
    """In a chat that saved several contacts, which one a change is for (the latest), else nothing."""
    if len(next_session.saved_ids(slots)) < 2:
        return ()
    return (
        message(
            "only_latest",
            contact_id=replies.contact_id_for(contact_id, voice),
            summary=replies.summary(slots, voice),
        ),
    )


def _earlier_id_named(tracker: Tracker, latest: str | None) -> str | None:
    """The id of an earlier contact of this chat that the message names word for word, if one."""
    words = {w.strip(".,;:!?'\"()").lower() for w in _text(tracker).split()}
    return next(
        (i for i in next_session.saved_ids(tracker.slots) if i != latest and i.lower() in words), None
    )


async def _delete_earlier(speaker: Speaker, tracker: Tracker, contact_id: str) -> list[EventType]:
    """Deletes an earlier contact by its id; the latest contact and its details stay.

    The conversation holds nothing of it but the id (next_session.py), so nothing is to erase.
    """
    try:
        await service.api().delete_contact(contact_id)
    except NotFound:
        pass  # already gone
    except (AgentAssistError, SettingsError) as exc:
        _explain_failure(speaker, exc, "delete", contact_id)
        return []
    voice = metadata.spells_digits(tracker)
    speaker.say(message("deleted", contact_id=replies.contact_id_for(contact_id, voice)))
    return [SlotSet(next_session.SAVED_SLOT, next_session.without(tracker.slots, contact_id))]


def _erasable(tracker: Tracker) -> bool:
    """Whether the Rasa server's tracker store erases on the marker (it says so in this slot)."""
    return tracker.get_slot(ERASABLE_SLOT) is True


def _erase(reason: str) -> SlotSet:
    """The marker: the tracker store erases this conversation's personal data when it stores it.

    Last of an action's events, so the slots it clears are already empty where the marker stands.
    """
    return SlotSet(MARKER_SLOT, reason)


class ActionCancelContact(Action):
    """Cancel (and a hang-up, ``/call_ended``): end the form, forget what it collected, erase it."""

    def name(self) -> str:
        return "action_cancel_contact"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        speaker = Speaker(dispatcher, tracker)
        speaker.say(message("cancelled" if _erasable(tracker) else "cancelled_kept"))
        waiting = len(tracker.get_slot("contact_queue") or [])
        if waiting:
            speaker.say(replies.queue_dropped(waiting))
        return [ActiveLoop(None), SlotSet("requested_slot", None), *forget_contact(), _erase(self.name())]


class ActionForgetMe(Action):
    """ "Forget me": delete the saved contact if any, end the form, erase the conversation's details."""

    def name(self) -> str:
        return "action_forget_me"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        speaker = Speaker(dispatcher, tracker)
        contact_id = tracker.get_slot("contact_id")
        said: list[Message] = []
        if contact_id:
            voice = metadata.spells_digits(tracker)
            try:
                await service.api().delete_contact(contact_id)
            except NotFound:
                pass  # already gone
            except (AgentAssistError, SettingsError) as exc:
                log.warning("forget me: cannot delete contact %s now: %s", contact_id, _api_text(exc))
                speaker.say(message("forget_failed", contact_id=replies.contact_id_for(contact_id, voice)))
                return []  # nothing forgotten: the id is kept so that "forget me" can delete it later
            said.append(message("deleted", contact_id=replies.contact_id_for(contact_id, voice)))
        said.append(message("forgotten" if _erasable(tracker) else "forgotten_kept"))
        speaker.say(*said)
        return [ActiveLoop(None), SlotSet("requested_slot", None), *forget_contact(), _erase(self.name())]
