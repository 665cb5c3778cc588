/** The emoji in front of a job's status: one glance tells running from done from failed. */
export function jobStatusEmoji(status: string): string {
  switch (status) {
    case 'validating_files':
      return ':mag:';
    case 'queued':
      return ':hourglass_flowing_sand:';
    case 'running':
      return ':arrows_counterclockwise:';
    case 'paused':
      return ':double_vertical_bar:';
    case 'succeeded':
      return ':white_check_mark:';
    case 'failed':
      return ':x:';
    case 'cancelled':
      return ':no_entry_sign:';
    default:
      return ':grey_question:';
  }
}
