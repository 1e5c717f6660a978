# Tasks made by dynamic blocks, and values from variables, are not rewritten in place.
variable "workers" {
  type    = list(string)
  default = ["a", "b"]
}

variable "cpu" {
  type    = number
  default = 500
}

job "generated" {
  group "g" {
    dynamic "task" {
      for_each = var.workers
      labels   = [task.value]

      content {
        driver = "ecs"

        resources {
          cpu    = 500
          memory = 10
        }
      }
    }

    task "from-variable" {
      driver = "ecs"

      resources {
        cpu    = var.cpu
        memory = 10
      }
    }
  }
}
