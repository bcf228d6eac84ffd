/** Every command id, defined once; the manifest's `contributes.commands` lists the same ids. */
export const commandIds = {
  showWhoSaidWhat: 'isnad.showWhoSaidWhat',
  nextStatement: 'isnad.nextStatement',
  previousStatement: 'isnad.previousStatement',
  exportMarkdown: 'isnad.exportMarkdown',
  exportCsv: 'isnad.exportCsv',
  exportJson: 'isnad.exportJson',
  toggleHighlighting: 'isnad.toggleHighlighting',
  treatAsArabicNews: 'isnad.treatAsArabicNews',
  findStatementsBySpeaker: 'isnad.findStatementsBySpeaker',
  exportFolderMarkdown: 'isnad.exportFolderMarkdown',
  exportFolderCsv: 'isnad.exportFolderCsv',
  exportFolderJson: 'isnad.exportFolderJson',
  rebuildFolderIndex: 'isnad.rebuildFolderIndex',
  stopFolderIndex: 'isnad.stopFolderIndex',
  reopenWithWindows1256: 'isnad.reopenWithWindows1256',
  showMoreFolderSpeakers: 'isnad.showMoreFolderSpeakers',
} as const;
