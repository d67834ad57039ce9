"""Rasa's in-memory tracker store, reading a conversation back without a class search per event.

Why: every turn, the Rasa server reads the conversation back from its tracker store
(`TrackerStore.deserialise_tracker`), and Rasa turns each stored event into an object with
`Event.from_parameters`, whose `Event.resolve_by_type` walks *every* subclass of `Event` (with an
`inspect.isabstract` check for each) to find the one class named by the event. For a conversation
at the save (about 70 events) that search is 2 of the 2.5 ms the read-back takes, and it is paid on
every later turn, rule turns too (bench.profile_rasa: 7 % of the server's CPU under the form load).

Here the classes are looked up once by name (the first of Rasa's own subclass order wins, as in
`resolve_by_type`); each event is still built by its class's own `_from_parameters`, the tracker by
Rasa's `recreate_from_dialogue`, and the stored text is Rasa's. A name the table does not hold
(no `event`, the old "topic", an unknown name, a class defined later) goes to Rasa's own
`deserialise_events`, so what is dropped, refused or logged is Rasa's decision.

`EventsByName` is a mixin: the plugin's erasing in-memory store (erasing_tracker_store.py, what
endpoints.yml names) has it among its bases, before Rasa's store. `InMemoryTrackerStore` here is
Rasa's store with only this read-back, for a bot that does not take the erasure
(`tracker_store: {type: contact_capture.channels.tracker_store.InMemoryTrackerStore}`).
Rasa's SQL store reads back another way (`DialogueStateTracker.from_dict`), still with the search.
"""

from __future__ import annotations

import json
from typing import Any

from rasa.core import tracker_store
from rasa.shared.core.conversation import Dialogue
from rasa.shared.core.events import Event, deserialise_events
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses

_classes: dict[str, type[Event]] = {}


def event_classes() -> dict[str, type[Event]]:
    """Rasa's event class for each event name, in the order `Event.resolve_by_type` searches them."""
    if not _classes:
        for cls in all_subclasses(Event):
            _classes.setdefault(cls.type_name, cls)
    return _classes


def events_from(serialised: list[dict[str, Any]]) -> list[Event]:
    """What `rasa.shared.core.events.deserialise_events` returns for these stored events."""
    classes = event_classes()
    events: list[Event] = []
    for parameters in serialised:
        name = parameters.get("event")
        cls = classes.get(name) if isinstance(name, str) else None
        if cls is None:
            events.extend(deserialise_events([parameters]))  # Rasa's own way, and its warnings
            continue
        event = cls._from_parameters(parameters)
        if event:
            events.append(event)
        else:
            events.extend(deserialise_events([parameters]))
    return events


class EventsByName(tracker_store.TrackerStore):
    """Reads a stored conversation back as Rasa's `TrackerStore.deserialise_tracker` does, events by name."""

    def deserialise_tracker(
        self, sender_id: str, serialised_tracker: str | bytes
    ) -> DialogueStateTracker | None:
        try:
            parameters = json.loads(serialised_tracker)
        except UnicodeDecodeError:
            return super().deserialise_tracker(sender_id, serialised_tracker)  # Rasa's refusal
        tracker = self.init_tracker(sender_id)
        events = events_from(parameters.get("events", []))
        tracker.recreate_from_dialogue(Dialogue(parameters.get("name"), events))
        return tracker


class InMemoryTrackerStore(EventsByName, tracker_store.InMemoryTrackerStore):
    """Rasa's `InMemoryTrackerStore` (the default store) with the read-back of `EventsByName`."""
