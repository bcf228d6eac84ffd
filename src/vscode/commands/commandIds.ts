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
  orderByAppearance: 'isnad.orderByAppearance',
  orderByActivity: 'isnad.orderByActivity',
  groupBySpeaker: 'isnad.groupBySpeaker',
  groupInTextOrder: 'isnad.groupInTextOrder',
} as const;
