/** How many jobs `/finetune status` lists. */
export const listedJobs = 10;
