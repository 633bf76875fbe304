package org.khaldun.events;

class ModelAssistedCoderContractTest extends EventCoderContract {
  private static final EventCoder CODER =
      EventModel.loadDefault()
          .assisting(
              RuleEventCoder.create(TriggerLexicon.loadDefault()), EventModelOptions.defaults());

  @Override
  EventCoder coder() {
    return CODER;
  }
}
