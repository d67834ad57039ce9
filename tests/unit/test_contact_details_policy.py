"""ContactDetailsPolicy on Rasa's own trackers and ensemble: details start the form whatever the intent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa.core.constants import RULE_POLICY_PRIORITY
from rasa.core.policies.ensemble import DefaultPolicyPredictionEnsemble
from rasa.core.policies.policy import PolicyPrediction
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from actions.channels.contact_details_policy import NOISE_INTENTS, ContactDetailsPolicy

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = Domain.load([str(ROOT / "domain.yml"), str(ROOT / "actions/fragments/domain/contact_capture.yml")])


def policy(tmp_path: Path, **config: Any) -> ContactDetailsPolicy:
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), "test")
    made = ContactDetailsPolicy.create(
        {**ContactDetailsPolicy.get_default_config(), **config}, storage, Resource("contact_details"), context
    )
    assert isinstance(made, ContactDetailsPolicy)
    return made


def tracker(text: str, intent: str, before: list[Event] | None = None) -> DialogueStateTracker:
    events = [
        *(before or []),
        ActionExecuted("action_listen"),
        UserUttered(text, intent={"name": intent, "confidence": 0.99}),
    ]
    return DialogueStateTracker.from_events("sender", events, slots=DOMAIN.slots)


def predicted(prediction: PolicyPrediction) -> str | None:
    if prediction.max_confidence <= 0:
        return None
    return DOMAIN.action_names_or_texts[prediction.max_confidence_index]


AFTER_A_SAVE: list[Event] = [
    ActionExecuted("action_listen"),
    UserUttered("yes", intent={"name": "affirm"}),
    ActionExecuted("contact_form"),
    ActiveLoop(None),
    ActionExecuted("action_create_contact"),
]


@pytest.mark.parametrize(
    "intent",
    [
        "nlu_fallback",
        "greet",
        "out_of_scope",
        "goodbye",
        "affirm",
        "change_field",
        "mood_great",
        "inform",
        "save_contact",
    ],
)
@pytest.mark.parametrize(
    "text", ["and Dr Amit Patel +91 98765 00303", "Ms Jane Roe +91 98765 00202 thanks bye"]
)
def test_details_start_the_form_whatever_the_intent(tmp_path, text, intent):
    for before in ([], AFTER_A_SAVE):
        assert (
            predicted(policy(tmp_path).predict_action_probabilities(tracker(text, intent, before), DOMAIN))
            == "contact_form"
        )


@pytest.mark.parametrize(
    "text",
    [
        "tell me a joke",
        "hello",
        "Cool",
        "my order 123456 hasn't arrived",
        "change my number to +91 98765 00303",
        "/greet",
    ],
)
def test_no_details_get_no_prediction(tmp_path, text):
    assert (
        predicted(policy(tmp_path).predict_action_probabilities(tracker(text, "out_of_scope"), DOMAIN))
        is None
    )


def test_inside_a_form_the_form_reads_the_turn_itself(tmp_path):
    in_form = tracker(
        "Dr Amit Patel +91 98765 00303",
        "inform",
        [ActionExecuted("contact_form"), ActiveLoop("contact_form")],
    )
    assert predicted(policy(tmp_path).predict_action_probabilities(in_form, DOMAIN)) is None
    in_host_form = tracker(
        "Dr Amit Patel +91 98765 00303",
        "inform",
        [ActionExecuted("booking_form"), ActiveLoop("booking_form")],
    )
    assert predicted(policy(tmp_path).predict_action_probabilities(in_host_form, DOMAIN)) is None


def test_only_right_after_a_user_message(tmp_path):
    after_an_action = tracker("Dr Amit Patel +91 98765 00303", "greet")
    after_an_action.update(ActionExecuted("utter_greet"))
    assert predicted(policy(tmp_path).predict_action_probabilities(after_an_action, DOMAIN)) is None


def test_a_host_bots_intent_can_keep_its_own_rules(tmp_path):
    own = policy(tmp_path, ignore_intents=["give_callback_details"])
    text = "Dr Amit Patel +91 98765 00303"
    assert predicted(own.predict_action_probabilities(tracker(text, "give_callback_details"), DOMAIN)) is None
    assert predicted(own.predict_action_probabilities(tracker(text, "greet"), DOMAIN)) == "contact_form"


def test_it_wins_over_a_sure_rule_for_the_classifiers_intent(tmp_path):
    """RulePolicy would answer nlu_fallback with utter_default at confidence 1; the form wins on priority."""
    current = tracker("and Dr Amit Patel +91 98765 00303", "nlu_fallback", AFTER_A_SAVE)
    rule = PolicyPrediction.for_action_name(DOMAIN, "utter_default", "RulePolicy")
    rule.policy_priority = RULE_POLICY_PRIORITY
    ensemble = DefaultPolicyPredictionEnsemble.create(
        {}, LocalModelStorage(tmp_path), Resource("ensemble"), ExecutionContext(GraphSchema({}), "test")
    )
    ours = policy(tmp_path).predict_action_probabilities(current, DOMAIN)
    best = ensemble.combine_predictions([rule, ours], current, DOMAIN)
    assert DOMAIN.action_names_or_texts[best.max_confidence_index] == "contact_form"
    quiet_tracker = tracker("tell me a joke", "nlu_fallback", AFTER_A_SAVE)
    quiet = policy(tmp_path).predict_action_probabilities(quiet_tracker, DOMAIN)
    best = ensemble.combine_predictions([rule, quiet], quiet_tracker, DOMAIN)
    assert DOMAIN.action_names_or_texts[best.max_confidence_index] == "utter_default"


def test_training_writes_a_resource_that_loads(tmp_path):
    trained = policy(tmp_path)
    resource = trained.train([], DOMAIN)
    loaded = ContactDetailsPolicy.load(
        ContactDetailsPolicy.get_default_config(),
        trained._model_storage,
        resource,
        ExecutionContext(GraphSchema({}), "test"),
    )
    assert (
        predicted(
            loaded.predict_action_probabilities(tracker("Dr Amit Patel +91 98765 00303", "greet"), DOMAIN)
        )
        == "contact_form"
    )


def test_a_yes_that_opens_the_session_a_save_started_hears_the_id_again(tmp_path: Path) -> None:
    """A replica that died after saving, before it answered: the re-sent "yes" reaches the next session."""
    from rasa.shared.core.events import SessionStarted, SlotSet

    started = [
        ActionExecuted("action_session_start"),
        SessionStarted(),
        SlotSet("contact_id", "65a1f0c2d3e4b5a6c7d8e9f0"),
        SlotSet("confirmed", True),
        ActionExecuted("action_create_contact"),
    ]
    resent = tracker("yes", "affirm", [*AFTER_A_SAVE, *started])
    assert predicted(policy(tmp_path).predict_action_probabilities(resent, DOMAIN)) == "action_create_contact"
    later = tracker(
        "yes",
        "affirm",
        [
            *AFTER_A_SAVE,
            *started,
            ActionExecuted("action_listen"),
            UserUttered("hello", intent={"name": "greet"}),
        ],
    )
    assert predicted(policy(tmp_path).predict_action_probabilities(later, DOMAIN)) is None


NOISE = [
    "",
    "   ",
    "\u200f\u200e",
    "😀😀🎉",
    "++++++",
    "9" * 300,
    "<b></b>",
    "'; DROP TABLE contacts; --",
    "...",
    "?!",
    "xkqzvt",
    "SELECT * FROM users",
]


@pytest.mark.parametrize("intent", sorted(NOISE_INTENTS))
@pytest.mark.parametrize("text", NOISE)
def test_noise_outside_the_form_gets_the_greeting_whatever_capture_intent_nlu_gave(tmp_path, text, intent):
    made = policy(tmp_path)
    assert predicted(made.predict_action_probabilities(tracker(text, intent), DOMAIN)) == "utter_greet"
    greeted = tracker(text, intent)
    greeted.update(ActionExecuted("utter_greet"))
    assert predicted(made.predict_action_probabilities(greeted, DOMAIN)) == "action_listen"


@pytest.mark.parametrize("text", ["John Smith", "save a contact", "yes", "no", "why", "Dr Amit Patel"])
def test_a_message_that_reads_as_something_is_no_noise(tmp_path, text):
    assert predicted(policy(tmp_path).predict_action_probabilities(tracker(text, "inform"), DOMAIN)) in (
        None,
        "contact_form",
    )


def test_noise_inside_the_form_is_the_forms_to_read(tmp_path):
    inside = tracker("?!", "inform", [ActiveLoop("contact_form")])
    assert predicted(policy(tmp_path).predict_action_probabilities(inside, DOMAIN)) is None


def in_language(code: str) -> list[Event]:
    return [SlotSet("language", code)]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("de", "Guten Tag, ich möchte bitte einen neuen Kontakt anlegen"),
        ("fr", "Bonjour, je voudrais enregistrer un nouveau contact"),
        ("en", "could you save a new contact for me"),
    ],
)
def test_a_request_to_save_in_the_conversations_words_starts_the_form(tmp_path, code, text):
    """Read with the conversation's pack: the English-trained classifier's intent does not decide."""
    current = tracker(text, "nlu_fallback", in_language(code))
    assert predicted(policy(tmp_path).predict_action_probabilities(current, DOMAIN)) == "contact_form"


@pytest.mark.parametrize(("code", "text"), [("de", "abbrechen"), ("fr", "annuler"), ("en", "cancel")])
def test_a_cancel_in_the_conversations_words_runs_the_cancel_the_rules_run(tmp_path, code, text):
    form = [*in_language(code), ActiveLoop("contact_form"), SlotSet("requested_slot", "last_name")]
    made = policy(tmp_path)
    assert predicted(made.predict_action_probabilities(tracker(text, "inform", form), DOMAIN)) == (
        "action_cancel_contact"
    )
    cancelled = tracker(text, "inform", form)
    cancelled.update(ActionExecuted("action_cancel_contact"))
    cancelled.update(ActiveLoop(None))
    assert predicted(made.predict_action_probabilities(cancelled, DOMAIN)) == "action_listen"
    # the classifier's own cancel is the rules' to answer, before and after
    assert predicted(made.predict_action_probabilities(tracker(text, "cancel", form), DOMAIN)) is None


def test_a_no_at_the_read_back_that_says_do_not_save_is_no_cancel(tmp_path):
    form = [ActiveLoop("contact_form"), SlotSet("requested_slot", "confirmed")]
    current = tracker("no, don't save that", "deny", form)
    assert predicted(policy(tmp_path).predict_action_probabilities(current, DOMAIN)) is None


def test_a_cancel_by_its_words_outranks_the_forms_happy_path(tmp_path):
    """RulePolicy's prediction to go on with the active form overrules every user-input prediction."""
    form = [*in_language("de"), ActiveLoop("contact_form"), SlotSet("requested_slot", "first_name")]
    current = tracker("abbrechen", "inform", form)
    loop = PolicyPrediction.for_action_name(DOMAIN, "contact_form", "RulePolicy")
    loop.policy_priority = RULE_POLICY_PRIORITY
    loop.is_no_user_prediction = True
    ensemble = DefaultPolicyPredictionEnsemble.create(
        {}, LocalModelStorage(tmp_path), Resource("ensemble"), ExecutionContext(GraphSchema({}), "test")
    )
    ours = policy(tmp_path).predict_action_probabilities(current, DOMAIN)
    best = ensemble.combine_predictions([loop, ours], current, DOMAIN)
    assert DOMAIN.action_names_or_texts[best.max_confidence_index] == "action_cancel_contact"


def test_a_reader_that_fails_predicts_nothing_rather_than_silencing_the_bot(tmp_path, monkeypatch):
    made = policy(tmp_path)

    def broken(*args: Any, **kwargs: Any) -> None:
        raise KeyError("caller_number")

    monkeypatch.setattr("actions.channels.contact_details_policy.contact_details", broken)
    current = tracker("Dr Amit Patel +91 98765 00303", "inform")
    assert predicted(made.predict_action_probabilities(current, DOMAIN)) is None


@pytest.mark.parametrize(
    ("code", "text"), [("en", "please forget me"), ("de", "Vergessen Sie mich"), ("es", "borre mis datos")]
)
def test_forget_me_in_the_conversations_words_runs_the_forget_me_action_in_and_out_of_the_form(
    tmp_path, code, text
):
    made = policy(tmp_path)
    form = [*in_language(code), ActiveLoop("contact_form"), SlotSet("requested_slot", "first_name")]
    for before in (in_language(code), form):
        assert predicted(made.predict_action_probabilities(tracker(text, "inform", before), DOMAIN)) == (
            "action_forget_me"
        )
        done = tracker(text, "inform", before)
        done.update(ActionExecuted("action_forget_me"))
        done.update(ActiveLoop(None))
        assert predicted(made.predict_action_probabilities(done, DOMAIN)) == "action_listen"
        assert (
            predicted(made.predict_action_probabilities(tracker(text, "forget_me", before), DOMAIN)) is None
        )


@pytest.mark.parametrize(("code", "text"), [("en", "help"), ("fr", "aide"), ("de", "Hilfe")])
def test_help_outside_the_form_gets_the_greeting_which_says_what_the_bot_does(tmp_path, code, text):
    made = policy(tmp_path)
    assert predicted(
        made.predict_action_probabilities(tracker(text, "affirm", in_language(code)), DOMAIN)
    ) == ("utter_greet")
    greeted = tracker(text, "affirm", in_language(code))
    greeted.update(ActionExecuted("utter_greet"))
    assert predicted(made.predict_action_probabilities(greeted, DOMAIN)) == "action_listen"


def test_a_host_bots_own_intent_keeps_its_rules_for_a_control_in_words(tmp_path):
    own = policy(tmp_path, ignore_intents=["get_help"])
    assert predicted(own.predict_action_probabilities(tracker("help", "get_help"), DOMAIN)) is None
    assert predicted(own.predict_action_probabilities(tracker("help", "inform"), DOMAIN)) == "utter_greet"
