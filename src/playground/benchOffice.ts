// A stand-in for office.js for `npm run bench` (scripts/bench-pane.ts): the production task pane
// loads this instead of Microsoft's script, over the recording fake with a small budget sheet, so
// the time from opening the pane to usable can be measured in headless Chromium without Excel.
import { FakeExcel } from '../hosts/excel/fake';
import { installOfficeStub } from './officeStub';

const excel = FakeExcel.fromGrids([
  {
    sheet: 'Budget 2025',
    topLeft: 'A1',
    values: [
      ['Kommunekode', 'Kommune', 'Serviceområde', 'Nettoudgift (1.000 kr.)', 'Indbyggere'],
      ['791', 'Viborg', 'Folkeskole', 742310, 98140],
      ['791', 'Viborg', 'SFO', 31870, 98140],
      ['791', 'Viborg', 'Dagtilbud', 305960, 98140],
    ],
  },
]);
installOfficeStub(excel, { displayLanguage: 'da-DK', settingsKey: 'pejlemaerke.bench', onChange: () => undefined });
