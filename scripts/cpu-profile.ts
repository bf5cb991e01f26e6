/** The shape of a node:inspector CPU profile, and self time by part (for the profile scripts). */

export interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string }
}

export interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Self time in µs by part: `partOf` names the part of each sample's function (null: not counted). */
export function selfTimeByPart<P extends string>(
  profile: Profile,
  parts: readonly P[],
  partOf: (node: ProfileNode) => P | null
): Map<P, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const out = new Map<P, number>(parts.map((p) => [p, 0]))
  // timeDeltas[i] is the time before sample i: charge it to the sample's node.
  for (let i = 0; i < profile.samples.length; i++) {
    const part = partOf(byId.get(profile.samples[i]!)!)
    if (part !== null) out.set(part, out.get(part)! + (profile.timeDeltas[i] ?? 0))
  }
  return out
}
