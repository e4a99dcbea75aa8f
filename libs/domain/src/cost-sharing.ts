// Cost-sharing key specification types: written with libs/cost-model (issue 3).
export {};
