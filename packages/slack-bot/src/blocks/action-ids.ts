/** The action ids of the bot's buttons, shared by the blocks that render them and the listeners. */
export const actionIds = {
  refreshStatus: 'tuneline_status_refresh',
  shareStatus: 'tuneline_status_share',
  jobDetails: 'tuneline_job_details',
  requestCancel: 'tuneline_cancel_request',
  confirmCancel: 'tuneline_cancel_confirm',
  dismissCancel: 'tuneline_cancel_dismiss',
  startChat: 'tuneline_chat_start',
} as const;
