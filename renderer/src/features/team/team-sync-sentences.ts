/** What the connection line says when the team server is not there or not right, in the screens' words. */

export const cannotReach = (url: string): string =>
  `Cannot reach the team server at ${url}. Your plans stay on this laptop and sync when it answers.`;

export const notATeamServer = (url: string): string =>
  `The team server at ${url} did not answer as a team server. Check the address with whoever runs it.`;

export const notAnAddress = (problem: string): string => `The team server address cannot be used: ${problem}`;
