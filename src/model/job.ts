import { blocksOf, type Block } from "./tree.js";

/** A job of the jobspec. */
export interface JobModel {
  readonly name: string;
  readonly block: Block;
  readonly groups: readonly GroupModel[];
}

/** A task group; a `task` written directly under `job` is its own group, as Nomad makes it. */
export interface GroupModel {
  readonly name: string;
  /** The group block, or for an implicit group the task block it was made from. */
  readonly block: Block;
  readonly implicit: boolean;
  readonly job: JobModel;
  readonly tasks: readonly TaskModel[];
}

export interface TaskModel {
  readonly name: string;
  readonly block: Block;
  readonly group: GroupModel;
  readonly job: JobModel;
}

const emptyBody = { attributes: new Map(), blocks: [] } as const;

/** The jobs of a document, with their groups and tasks. */
export function buildJobs(root: Block): JobModel[] {
  return blocksOf(root, "job").map((jobBlock) => {
    const groups: GroupModel[] = [];
    const job: JobModel = { name: jobBlock.labels[0] ?? "", block: jobBlock, groups };
    for (const groupBlock of blocksOf(jobBlock, "group")) {
      const tasks: TaskModel[] = [];
      const group: GroupModel = { name: groupBlock.labels[0] ?? "", block: groupBlock, implicit: false, job, tasks };
      for (const taskBlock of blocksOf(groupBlock, "task")) tasks.push({ name: taskBlock.labels[0] ?? "", block: taskBlock, group, job });
      groups.push(group);
    }
    for (const taskBlock of blocksOf(jobBlock, "task")) {
      const name = taskBlock.labels[0] ?? "";
      const tasks: TaskModel[] = [];
      const shell: Block = { ...taskBlock, ...emptyBody, type: "group", kind: "group" };
      const group: GroupModel = { name, block: shell, implicit: true, job, tasks };
      tasks.push({ name, block: taskBlock, group, job });
      groups.push(group);
    }
    return job;
  });
}
