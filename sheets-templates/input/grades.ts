import { defineTab } from '../define.js';

export const grades = defineTab({
  id: 'Grades',
  zh: '等级',
  kind: 'input',
  about: 'Grade thresholds: the highest grade whose min_score the total reaches, and its bonus multiplier.',
  key: ['grade'],
  rules: true,
  columns: [
    { id: 'grade', zh: '等级', type: 'id', required: true, width: 8 },
    { id: 'min_score', zh: '最低分', type: 'number', required: true, width: 10 },
    { id: 'bonus_multiplier', zh: '奖金系数', type: 'percent', above100: true, required: true, width: 12 },
  ],
});

/** The grades of SPEC section 3, used when the workbook has no Grades tab and written by the template. */
export const defaultGrades = [
  { grade: 'S', min_score: 105, bonus_multiplier: '120%' },
  { grade: 'A', min_score: 95, bonus_multiplier: '100%' },
  { grade: 'B', min_score: 85, bonus_multiplier: '80%' },
  { grade: 'C', min_score: 70, bonus_multiplier: '60%' },
  { grade: 'D', min_score: 0, bonus_multiplier: '0%' },
] as const;
