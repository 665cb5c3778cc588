/** A prompt from the training data and the reply the tuned model learned for it. */
export interface TrainingPair {
  readonly prompt: string;
  readonly reply: string;
}
