/** The blob that holds a job's training pairs. */
export function trainingPairsKey(jobId: string): string {
  return `${jobId}_pairs`;
}
