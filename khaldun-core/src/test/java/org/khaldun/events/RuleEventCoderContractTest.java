package org.khaldun.events;

class RuleEventCoderContractTest extends EventCoderContract {
  @Override
  EventCoder coder() {
    return RuleEventCoder.create(TriggerLexicon.loadDefault());
  }
}
