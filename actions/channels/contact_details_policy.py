"""`ContactDetailsPolicy`: outside any form, a message that holds contact details starts the contact form;
after every user message, the conversation's language is decided (``conversation_language.py``).

Outside the form only the intent classifier used to decide whether a capture starts: an
agent's third paste in a row, "and Dr Amit Patel +91 98765 00303", was classed as something
else and answered "Sorry, I didn't get that". This policy lets the interpreter read the
message first, with the same opener reading the form gives the message that starts it
(``actions.interpret.contacts.contact_details``), and predicts the form when that reading
finds details. It never invents: a message without details gets no prediction from it, so
the other policies and the classifier's intent decide as before.

Why a policy and not an NLU component that rewrites the intent: a policy sees the tracker.
Inside a form (ours, where the form's validation already reads every turn first, or one of
the host bot's own), it stays silent; outside, it predicts the form and leaves the
classifier's intent in the tracker as it was said, so logs and the interpreter's context
still show what NLU thought. Its priority is above RulePolicy's, so a rule for the
classifier's intent (greet, out_of_scope, nlu_fallback, a host bot's own) does not win.

Rasa-server side (imports Rasa): it lives in ``actions/channels/``, which the action
server's import walk never enters. Listed in config.yml's ``policies`` as
``actions.channels.contact_details_policy.ContactDetailsPolicy`` in this repo and
``contact_capture.channels.contact_details_policy.ContactDetailsPolicy`` in a bot that
installed the plugin.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from rasa.core.constants import POLICY_PRIORITY, RULE_POLICY_PRIORITY
from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from .. import catalogue
from ..interpret import Context, request_of
from ..interpret.contacts import contact_details, says_nothing
from ..interpret.language_choice import requested_language
from ..interpret.turn import control_request
from ..normalise.vocabulary import DEFAULT_LANGUAGE, languages
from .conversation_language import LANGUAGE_SLOT, language_events
from .response_check import install as install_response_check

log = logging.getLogger(__name__)
# The Rasa server that loads this module checks action-server answers with a validator built once
# (response_check.py, issue 17); idempotent, whichever plugin module is loaded first.
install_response_check()

FORM = "form"
CHANGE_LANGUAGE = "action_change_language"  # the answer to "in English please" outside the form
CREATE_CONTACT = "action_create_contact"  # says the saved id again to a re-sent "yes"
CANCEL = "action_cancel_contact"  # ends the form and erases what it held, as the rules for a cancel do
FORGET = "action_forget_me"  # the saved contact deleted and the conversation's details erased
REQUESTED_SLOT = "requested_slot"
IGNORE_INTENTS = "ignore_intents"
GREET = "utter_greet"  # the greeting says what the bot can do: the answer to a message that says nothing
# A control asked for in the words of the conversation's language (interpret's names) and the action the
# rules run for the classifier's intent of that name: inside the form, and outside it.
IN_THE_FORM = {"cancel": CANCEL, "goodbye": CANCEL, "forget_me": FORGET}
OUTSIDE_THE_FORM = {"forget_me": FORGET, "ask_help": GREET}
# Intents whose rules outside a form start a capture, answer a yes or no, or end the chat: for a message
# that says nothing (noise: "+++", "?!", an SQL fragment) the classifier's guess among them is no reason
# to ask for a title or say goodbye.
# (nlu_fallback keeps its rule: "Sorry, I didn't get that", which also says what the bot can do.)
NOISE_INTENTS = frozenset({"save_contact", "inform", "affirm", "deny", "goodbye"})


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class ContactDetailsPolicy(Policy):
    """Reads each user message with the conversation's pack before the classifier's intent decides: contact
    details or a request to save start the contact form; cancel, forget-me and help asked for in words run
    the actions the rules run for those intents; noise outside a form gets the greeting; a request for a
    language is answered; and the conversation's language is set (``conversation_language.py``).

    Settings (config.yml): ``form`` (default ``contact_form``); ``ignore_intents``, intents of
    the host bot that keep their own rules even when their message holds a name and a number
    (default none); ``priority`` (default one above RulePolicy's).
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {FORM: "contact_form", IGNORE_INTENTS: [], POLICY_PRIORITY: RULE_POLICY_PRIORITY + 1}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        featurizer: Any = None,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)
        self._form: str = config.get(FORM, "contact_form")
        self._ignored = frozenset(config.get(IGNORE_INTENTS) or ())

    def train(
        self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any
    ) -> Resource:
        """Nothing to learn: the interpreter's rules are the policy. The resource is written so it loads."""
        if self._form not in domain.action_names_or_texts:
            log.warning(
                "ContactDetailsPolicy: the domain has no form %r; the policy will never predict", self._form
            )
        with self._model_storage.write_to(self._resource):
            pass
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        try:
            return self._predict(tracker, domain)
        except Exception:  # a reader's bug must not silence the bot: the other policies still answer
            log.exception("ContactDetailsPolicy could not read the message; predicting nothing")
            return self._prediction(self._default_predictions(domain))

    def _predict(self, tracker: DialogueStateTracker, domain: Domain) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        known = domain.action_names_or_texts
        if self._answered_outside_the_form(tracker) and ACTION_LISTEN_NAME in known:
            probabilities[domain.index_for_action(ACTION_LISTEN_NAME)] = 1.0  # answered: listen
            return self._prediction(probabilities)
        if tracker.latest_action_name != ACTION_LISTEN_NAME:
            return self._prediction(probabilities)
        # The conversation's language, before anything is said this turn (conversation_language.py).
        events = language_events(tracker) if any(s.name == LANGUAGE_SLOT for s in domain.slots) else []
        ctx = Context(language=_reading_language(tracker, events))
        if self._asks_for_a_language(tracker) and CHANGE_LANGUAGE in known:
            probabilities[domain.index_for_action(CHANGE_LANGUAGE)] = 1.0
        elif self._yes_re_sent_after_the_save(tracker) and CREATE_CONTACT in known:
            probabilities[domain.index_for_action(CREATE_CONTACT)] = 1.0
        elif (control := self._control_by_its_words(tracker, ctx)) and control in known:
            probabilities[domain.index_for_action(control)] = 1.0
            if tracker.active_loop_name:
                # Inside the form, RulePolicy's "go on with the form" is a no-user prediction, which
                # outranks every prediction from the user's message; this one must be of that kind.
                return self._prediction(probabilities, events=events, is_no_user_prediction=True)
        elif self._starts_capture(tracker, ctx) and self._form in known:
            probabilities[domain.index_for_action(self._form)] = 1.0
            log.debug("the message holds contact details or asks to save: predicting %s", self._form)
        elif self._says_nothing(tracker, ctx) and GREET in known:
            probabilities[domain.index_for_action(GREET)] = 1.0
        return self._prediction(probabilities, events=events)

    def _answered_outside_the_form(self, tracker: DialogueStateTracker) -> bool:
        """This policy's own answer was given and no form goes on (a language changed, noise greeted, a
        control asked for in words answered): the bot listens."""
        latest = tracker.latest_action_name
        if latest == CHANGE_LANGUAGE:
            return True
        if (
            tracker.active_loop_name
            or latest not in (CANCEL, FORGET, GREET)
            or tracker.latest_message is None
        ):
            return False
        ctx = Context(language=_reading_language(tracker, []))
        said = control_request(tracker.latest_message.text or "", ctx)
        intent = (tracker.latest_message.intent or {}).get("name")
        if said is not None and intent != said and {**IN_THE_FORM, **OUTSIDE_THE_FORM}.get(said) == latest:
            return True
        return latest == GREET and self._says_nothing(tracker, ctx)

    def _control_by_its_words(self, tracker: DialogueStateTracker, ctx: Context) -> str | None:
        """ "annuler", "vergessen Sie mich", "help" whatever the classifier heard: the action the rules run
        for the classifier's intent of that name, so the same sentence and the same erasure (the form's
        own validation cannot erase: Rasa validates on a tracker rebuilt from events, without the store's
        flag)."""
        message = tracker.latest_message
        if message is None:
            return None
        inside = tracker.active_loop_name == self._form
        if tracker.active_loop_name and not inside:
            return None  # a host bot's own form
        asked = tracker.get_slot(REQUESTED_SLOT) if inside else None
        said = control_request(
            message.text or "", replace(ctx, asked=asked if isinstance(asked, str) else None)
        )
        intent = (message.intent or {}).get("name")
        if intent in self._ignored:
            return None  # a host bot's intent keeps its own rules
        action = (IN_THE_FORM if inside else OUTSIDE_THE_FORM).get(said or "")
        if action is None or intent == said or (action == CANCEL and intent in ("cancel", "goodbye")):
            return None  # the rules answer the classifier's own intent
        return action

    def _says_nothing(self, tracker: DialogueStateTracker, ctx: Context) -> bool:
        """Noise outside any form ("+++", "?!", "xkqzvt") that the classifier put in a capture intent."""
        message = tracker.latest_message
        if tracker.active_loop_name or message is None:
            return False
        intent = (message.intent or {}).get("name")
        return (
            intent in NOISE_INTENTS and intent not in self._ignored and says_nothing(message.text or "", ctx)
        )

    @staticmethod
    def _yes_re_sent_after_the_save(tracker: DialogueStateTracker) -> bool:
        """A "yes" that opens the session a save started: the read-back's answer sent again (a channel
        that timed out, or a Rasa replica that died after saving, before it answered). The save
        action says the saved id again, idempotently; without this the new session has no rule for it."""
        message = tracker.latest_message
        if tracker.active_loop_name or message is None or not tracker.get_slot("contact_id"):
            return False
        if (message.intent or {}).get("name") != "affirm" or not tracker.get_slot("confirmed"):
            return False
        since_start = []
        for event in reversed(tracker.events):
            if isinstance(event, SessionStarted):
                break
            if isinstance(event, UserUttered):
                since_start.append(event)
        return len(since_start) == 1

    @staticmethod
    def _asks_for_a_language(tracker: DialogueStateTracker) -> bool:
        """ "in English please" outside any form (the form's validation answers it inside)."""
        if tracker.active_loop_name or tracker.latest_message is None:
            return False
        return (
            requested_language(tracker.latest_message.text or "", catalogue.enabled_languages()) is not None
        )

    def _starts_capture(self, tracker: DialogueStateTracker, ctx: Context) -> bool:
        """Contact details, or a request to save in the words of the conversation's language."""
        if tracker.active_loop_name:
            return False  # a form reads the turn itself
        message = tracker.latest_message
        if message is None or (message.intent or {}).get("name") in self._ignored:
            return False
        text = message.text or ""
        if contact_details(text, ctx) is not None:
            return True
        return not text.lstrip().startswith("/") and request_of(text, words=ctx.words) == "save_contact"


def _reading_language(tracker: DialogueStateTracker, events: list[Event]) -> str:
    """The language the latest message is read in: the one this turn sets, else the conversation's, when
    its pack is complete; else the default (vocabulary.languages)."""
    said = next((e.value for e in events if isinstance(e, SlotSet) and e.key == LANGUAGE_SLOT), None)
    said = said or tracker.get_slot(LANGUAGE_SLOT)
    return said if isinstance(said, str) and said in languages() else DEFAULT_LANGUAGE
