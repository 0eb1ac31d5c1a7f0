// Hand-written calibration set for fact-check matching (issue 15). Every name, place and claim is
// invented for this file. `checks` are ClaimReview records; `claims` are what an article's quote
// could say, with the fact-check it should match, or null: look-alikes are about the same people
// and subject but a different claim (another figure, the opposite direction, a denial, another
// object), and must not match.

/** A fact-check of the set. */
export interface PairCheck {
  id: string;
  claim: string;
  claimant: string | null;
}

/** A claim as an article reports it, and the fact-check it is the same claim as (or null). */
export interface PairClaim {
  text: string;
  speaker: string | null;
  expect: string | null;
  kind: 'paraphrase' | 'look-alike' | 'unrelated';
}

export const PAIR_CHECKS: PairCheck[] = [
  {
    id: 'f1',
    claim: 'Abernathy said unemployment in the state fell to 3 percent last year.',
    claimant: 'Ruth Abernathy',
  },
  {
    id: 'f2',
    claim: 'Ruth Abernathy claims the state budget has a surplus of 2 billion dollars.',
    claimant: 'Ruth Abernathy',
  },
  {
    id: 'f3',
    claim: 'Abernathy cut funding for rural hospitals by 40 percent.',
    claimant: 'Kwame Ellison',
  },
  { id: 'f4', claim: 'Kwame Ellison voted to raise the gas tax.', claimant: 'Ruth Abernathy' },
  {
    id: 'f5',
    claim: 'Ellison says he has never taken money from oil companies.',
    claimant: 'Kwame Ellison',
  },
  {
    id: 'f6',
    claim: 'The new border wall cost taxpayers 5 billion dollars.',
    claimant: 'Kwame Ellison',
  },
  {
    id: 'f7',
    claim:
      'Mayor Brandvold says violent crime in Eastport dropped 15 percent since she took office.',
    claimant: 'Ilse Brandvold',
  },
  {
    id: 'f8',
    claim: 'Brandvold plans to close three public libraries in Eastport.',
    claimant: 'Aisha Durrant',
  },
  {
    id: 'f9',
    claim: "Eastport's tap water is contaminated with lead from old pipes.",
    claimant: 'Aisha Durrant',
  },
  {
    id: 'f10',
    claim: 'Bus fares in Eastport have doubled in five years.',
    claimant: 'Aisha Durrant',
  },
  {
    id: 'f11',
    claim: 'Reyes-Lund says the vaccine programme has reached 90 percent of adults.',
    claimant: 'Tomas Reyes-Lund',
  },
  {
    id: 'f12',
    claim: 'The new vaccines cause infertility in young women.',
    claimant: 'Social media posts',
  },
  {
    id: 'f13',
    claim: 'Tomas Reyes-Lund owns shares in the company that built the new hospital.',
    claimant: 'Social media posts',
  },
  {
    id: 'f14',
    claim: 'Bram Vossen says his factory created 2,000 jobs in the valley.',
    claimant: 'Bram Vossen',
  },
  {
    id: 'f15',
    claim: 'The Vossen chemical plant dumped toxic waste into the Mira river.',
    claimant: 'Local activists',
  },
  {
    id: 'f16',
    claim: 'Immigrants commit more crimes than native-born citizens.',
    claimant: 'Kwame Ellison',
  },
  {
    id: 'f17',
    claim: 'The minimum wage increase destroyed 50,000 jobs.',
    claimant: 'Ruth Abernathy',
  },
  { id: 'f18', claim: 'Wind turbines kill more birds than cats do.', claimant: 'Bram Vossen' },
  {
    id: 'f19',
    claim: 'Electric cars produce more emissions than petrol cars over their lifetime.',
    claimant: 'Bram Vossen',
  },
  {
    id: 'f20',
    claim: 'Governor Abernathy pardoned her own brother.',
    claimant: 'Social media posts',
  },
  {
    id: 'f21',
    claim: 'Ellison missed 60 percent of Senate votes this year.',
    claimant: 'Ruth Abernathy',
  },
  {
    id: 'f22',
    claim: 'The school district spends more on administrators than on teachers.',
    claimant: 'Aisha Durrant',
  },
  {
    id: 'f23',
    claim: "Brandvold's city hall renovation cost 12 million dollars.",
    claimant: 'Aisha Durrant',
  },
  {
    id: 'f24',
    claim: 'Reyes-Lund said the country will ban the sale of petrol cars by 2030.',
    claimant: 'Tomas Reyes-Lund',
  },
  {
    id: 'f25',
    claim: 'The health ministry hid 3,000 deaths caused by the heatwave.',
    claimant: 'Social media posts',
  },
];

export const PAIR_CLAIMS: PairClaim[] = [
  // Paraphrases: the same claim in an article's words.
  {
    text: 'Unemployment across the state dropped to 3 percent last year',
    speaker: 'Ruth Abernathy',
    expect: 'f1',
    kind: 'paraphrase',
  },
  {
    text: 'we closed the year with a state budget surplus of 2 billion dollars',
    speaker: 'Ruth Abernathy',
    expect: 'f2',
    kind: 'paraphrase',
  },
  {
    text: 'Governor Abernathy slashed funding for rural hospitals by 40 percent',
    speaker: 'Kwame Ellison',
    expect: 'f3',
    kind: 'paraphrase',
  },
  {
    text: 'my opponent Kwame Ellison voted to increase the gas tax',
    speaker: 'Ruth Abernathy',
    expect: 'f4',
    kind: 'paraphrase',
  },
  {
    text: 'I have never taken a single dollar from the oil companies',
    speaker: 'Kwame Ellison',
    expect: 'f5',
    kind: 'paraphrase',
  },
  {
    text: 'the border wall has already cost taxpayers 5 billion dollars',
    speaker: 'Kwame Ellison',
    expect: 'f6',
    kind: 'paraphrase',
  },
  {
    text: 'violent crime in Eastport has dropped by 15 percent since I took office',
    speaker: 'Ilse Brandvold',
    expect: 'f7',
    kind: 'paraphrase',
  },
  {
    text: 'the mayor is planning to close three of the public libraries in Eastport',
    speaker: 'Aisha Durrant',
    expect: 'f8',
    kind: 'paraphrase',
  },
  {
    text: 'old pipes have contaminated the tap water of Eastport with lead',
    speaker: 'Aisha Durrant',
    expect: 'f9',
    kind: 'paraphrase',
  },
  {
    text: 'bus fares in Eastport doubled over the last five years',
    speaker: 'Aisha Durrant',
    expect: 'f10',
    kind: 'paraphrase',
  },
  {
    text: 'the vaccine programme has now reached 90 percent of all adults',
    speaker: 'Tomas Reyes-Lund',
    expect: 'f11',
    kind: 'paraphrase',
  },
  {
    text: 'these new vaccines cause infertility in young women',
    speaker: null,
    expect: 'f12',
    kind: 'paraphrase',
  },
  {
    text: 'my factory has created 2,000 jobs in this valley',
    speaker: 'Bram Vossen',
    expect: 'f14',
    kind: 'paraphrase',
  },
  {
    text: 'the Vossen chemical plant has been dumping toxic waste into the Mira river',
    speaker: 'local activists',
    expect: 'f15',
    kind: 'paraphrase',
  },
  {
    text: 'the minimum wage increase has destroyed 50,000 jobs',
    speaker: 'Ruth Abernathy',
    expect: 'f17',
    kind: 'paraphrase',
  },
  {
    text: 'over their lifetime, electric cars produce more emissions than petrol cars',
    speaker: 'Bram Vossen',
    expect: 'f19',
    kind: 'paraphrase',
  },
  {
    text: 'Ellison has missed 60 percent of the votes in the Senate this year',
    speaker: 'Ruth Abernathy',
    expect: 'f21',
    kind: 'paraphrase',
  },
  {
    text: 'the country will ban the sale of new petrol cars by 2030',
    speaker: 'Tomas Reyes-Lund',
    expect: 'f24',
    kind: 'paraphrase',
  },
  {
    text: 'the health ministry hid 3,000 heatwave deaths from the public',
    speaker: null,
    expect: 'f25',
    kind: 'paraphrase',
  },
  {
    text: 'wind turbines are killing more birds than cats do',
    speaker: 'Bram Vossen',
    expect: 'f18',
    kind: 'paraphrase',
  },
  {
    text: 'the school district spends more money on administrators than on its teachers',
    speaker: 'Aisha Durrant',
    expect: 'f22',
    kind: 'paraphrase',
  },
  {
    text: 'the renovation of city hall cost 12 million dollars',
    speaker: 'Aisha Durrant',
    expect: 'f23',
    kind: 'paraphrase',
  },

  // Quotes that run on past the checked claim.
  {
    text: 'Wind turbines kill more birds than cats do, and nobody in the industry wants to talk about it',
    speaker: 'Bram Vossen',
    expect: 'f18',
    kind: 'paraphrase',
  },
  {
    text: 'We ended the year with a state budget surplus of 2 billion dollars; no other state in the region can say that',
    speaker: 'Ruth Abernathy',
    expect: 'f2',
    kind: 'paraphrase',
  },
  {
    text: 'Train fares in Eastport have doubled in five years, and the buses are always late',
    speaker: 'Aisha Durrant',
    expect: null,
    kind: 'look-alike',
  },

  // Look-alikes: same people, same subject, a different claim.
  {
    text: 'unemployment in the state rose to 5 percent last year',
    speaker: 'Kwame Ellison',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'Abernathy cut funding for rural schools by 40 percent',
    speaker: 'Kwame Ellison',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'Kwame Ellison voted to lower the gas tax',
    speaker: 'Ilse Brandvold',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'Ellison has taken money from oil companies',
    speaker: 'Ruth Abernathy',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'the border wall cost taxpayers 15 billion dollars',
    speaker: 'Kwame Ellison',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'violent crime in Eastport rose 15 percent since Brandvold took office',
    speaker: 'Aisha Durrant',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'we will open three new public libraries in Eastport',
    speaker: 'Ilse Brandvold',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'train fares in Eastport have doubled in five years',
    speaker: 'Aisha Durrant',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'the vaccine programme has reached 60 percent of adults',
    speaker: 'Aisha Durrant',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'the new vaccines do not cause infertility',
    speaker: 'Tomas Reyes-Lund',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'Reyes-Lund sold his shares in the company that built the new hospital',
    speaker: null,
    expect: null,
    kind: 'look-alike',
  },
  {
    text: "Vossen's factory cut 2,000 jobs in the valley",
    speaker: 'Aisha Durrant',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'the Vossen chemical plant stopped dumping waste into the Mira river years ago',
    speaker: 'Bram Vossen',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'native-born citizens commit more crimes than immigrants',
    speaker: null,
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'the minimum wage increase created 50,000 jobs',
    speaker: 'Kwame Ellison',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'Governor Abernathy pardoned her own son',
    speaker: null,
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'Ellison missed 6 percent of Senate votes last year',
    speaker: 'Ruth Abernathy',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'the school district spends less on administrators than it did a decade ago',
    speaker: 'Ilse Brandvold',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'the city hall renovation cost 2 million dollars',
    speaker: 'Ilse Brandvold',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'the country will ban diesel cars by 2035',
    speaker: 'Tomas Reyes-Lund',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'the health ministry reported 3,000 deaths from the heatwave',
    speaker: 'Tomas Reyes-Lund',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'wind turbines kill fewer birds than cats do',
    speaker: 'Aisha Durrant',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'the state budget has a deficit of 2 billion dollars',
    speaker: 'Kwame Ellison',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'electric cars are cheaper to run than petrol cars',
    speaker: 'Tomas Reyes-Lund',
    expect: null,
    kind: 'look-alike',
  },

  // Unrelated claims that share names.
  {
    text: 'Abernathy will visit the flooded towns in Eastport on Friday',
    speaker: null,
    expect: null,
    kind: 'unrelated',
  },
  {
    text: 'the debate with Ellison was a disgrace to the Senate',
    speaker: 'Ruth Abernathy',
    expect: null,
    kind: 'unrelated',
  },
  {
    text: 'we are still reviewing every option for the stadium',
    speaker: 'Ilse Brandvold',
    expect: null,
    kind: 'unrelated',
  },
  {
    text: 'the harbour festival will return to Eastport next summer',
    speaker: null,
    expect: null,
    kind: 'unrelated',
  },
];

/**
 * Written after the threshold was fixed and never used to tune it: the figures on this part are
 * the honest ones.
 */
export const HELDOUT_CLAIMS: PairClaim[] = [
  {
    text: "Eastport's tap water has been contaminated by lead from its old pipes",
    speaker: 'Aisha Durrant',
    expect: 'f9',
    kind: 'paraphrase',
  },
  {
    text: "Vossen's factory brought 2,000 jobs to the valley",
    speaker: 'Bram Vossen',
    expect: 'f14',
    kind: 'paraphrase',
  },
  {
    text: 'violent crime in Eastport is down 15 percent since I became mayor',
    speaker: 'Ilse Brandvold',
    expect: 'f7',
    kind: 'paraphrase',
  },
  {
    text: "Senator Ellison missed 60 percent of this year's Senate votes",
    speaker: 'Ruth Abernathy',
    expect: 'f21',
    kind: 'paraphrase',
  },
  {
    text: 'the ministry hid 3,000 deaths caused by the heatwave',
    speaker: null,
    expect: 'f25',
    kind: 'paraphrase',
  },
  {
    text: 'wind turbines kill more birds than cats',
    speaker: 'Bram Vossen',
    expect: 'f18',
    kind: 'paraphrase',
  },
  {
    text: 'the state budget surplus is 4 billion dollars',
    speaker: 'Ruth Abernathy',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'Abernathy raised funding for rural hospitals by 40 percent',
    speaker: 'Ruth Abernathy',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'bus fares in Eastport have halved in five years',
    speaker: 'Ilse Brandvold',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'electric cars produce fewer emissions than petrol cars over their lifetime',
    speaker: 'Tomas Reyes-Lund',
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'Reyes-Lund owns shares in the company that runs the ferry',
    speaker: null,
    expect: null,
    kind: 'look-alike',
  },
  {
    text: 'the vaccine programme has reached 90 percent of children',
    speaker: 'Tomas Reyes-Lund',
    expect: null,
    kind: 'look-alike',
  },
];
